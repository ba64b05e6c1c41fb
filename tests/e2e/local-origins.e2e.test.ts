/**
 * Local origins: the overlay runs on the sandbox's own port (settings.sandboxPort, which launch() sets to the
 * free port its sandbox took) and on no other 127.0.0.1 port — another local web app, here a second sandbox
 * serving the very pages the built-in adapter knows — until the user adds that origin, as any platform origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { activeFrame, allowOrigins, launch, openOptions, waitForPanel, type World } from './launch';
import { startSandbox } from '../../src/sandbox/server';

const PLAN = `?open=${encodeURIComponent('/syn/sccheck/pubscworkplan/edit')}`;
let w: World;
let other: { server: Server; url: string };
let otherDir: string;
let foreign: Page;

beforeAll(async () => {
  w = await launch();
  otherDir = mkdtempSync(join(tmpdir(), 'dra-sandbox-other-'));
  other = await startSandbox({ port: 0, dataDir: otherDir, reset: true });
}, 120_000);
afterAll(async () => {
  await w?.close();
  if (other) await new Promise((r) => other.server.close(r));
  if (otherDir) rmSync(otherDir, { recursive: true, force: true });
});

describe('the overlay on local origins', () => {
  it('another 127.0.0.1 port serving the same plan form gets no panel; the sandbox’s own port does', async () => {
    expect(new URL(other.url).port).not.toBe(new URL(w.url).port);
    foreign = await w.browser.newPage();
    await foreign.goto(other.url + PLAN, { waitUntil: 'networkidle0' });
    const there = await activeFrame(foreign);
    // The same page on the sandbox's port, opened after it: once its panel is up, the other tab's content
    // script (same steps, started earlier) has decided too.
    await w.page.bringToFront();
    await w.page.goto(w.url + PLAN, { waitUntil: 'networkidle0' });
    await waitForPanel(await activeFrame(w.page));
    const panels = [await there.$('dra-panel'), await foreign.mainFrame().$('dra-panel')].filter(Boolean).length;
    console.log(`local origins e2e: the sandbox's port ${new URL(w.url).port} shows the panel; another 127.0.0.1 port (${new URL(other.url).port}) serving the same form: ${panels} panels`);
    expect(panels).toBe(0);
  });

  it('once the user adds that origin (settings.origins), its pages get the panel like any platform origin', async () => {
    await allowOrigins(w, [new URL(other.url).origin]);
    await foreign.bringToFront();
    await foreign.reload({ waitUntil: 'networkidle0' });
    await waitForPanel(await activeFrame(foreign));
  });

  it('the options page shows the sandbox port the panel is bound to', async () => {
    const options = await openOptions(w);
    expect(await options.$eval('section#origins input[name=sandboxPort]', (e) => (e as HTMLInputElement).value)).toBe(new URL(w.url).port);
    expect(await options.$eval('section#origins .hint', (e) => e.textContent)).toContain(new URL(w.url).origin);
    await options.close();
  });
});
