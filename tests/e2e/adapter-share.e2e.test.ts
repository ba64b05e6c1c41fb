/**
 * A pasted adapter as a user meets it on the options page: tried on the open platform tab before it is saved
 * (what it would read there: fields found, values, drops, widget errors, failing rules; nothing saved), corrected,
 * saved, exported to a file, and imported from that file by a colleague in another browser profile, whose panel
 * then reads the page through it. The page: tests/fixtures/pages/element-plan.html (an element-ui plan dialog);
 * the adapter: tests/fixtures/adapters/element-trial.json (two mistakes on purpose).
 */
import { mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { allowOrigins, extensionIdOf, inPanelEval, launch, openOptions, waitFailing, waitForPanel, type World } from './launch';
import { ELEMENT_ROUTES, serveFixtures, type FixtureServer } from './fixture-server';

let fx: FixtureServer;
const downloads = mkdtempSync(join(tmpdir(), 'dra-adapter-dl-'));
const suggested: Record<string, string> = {};
const adapter = JSON.parse(readFileSync('tests/fixtures/adapters/element-trial.json', 'utf8'));
let exported = '';

beforeAll(async () => {
  fx = await serveFixtures(ELEMENT_ROUTES);
});
afterAll(async () => {
  await fx?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** Paste a JSON text into the adapter box as a user would (the box hears an input). */
async function paste(p: Page, json: unknown) {
  await p.$eval('textarea[name=adapter]', (t, v) => ((t as HTMLTextAreaElement).value = v), JSON.stringify(json, null, 2));
  await p.type('textarea[name=adapter]', ' ');
}
const trialOf = (p: Page, tabUrl: string) =>
  p.$eval(`.adapter-trial .trial[data-url="${tabUrl}"]`, (d) => ({
    kind: d.getAttribute('data-kind'),
    found: Number(d.getAttribute('data-found')),
    problems: Number(d.getAttribute('data-problems')),
    failing: (d.getAttribute('data-failing') ?? '').split(' ').filter(Boolean),
    lines: Object.fromEntries([...d.querySelectorAll('li.read-line')].map((li) => [li.getAttribute('data-field'), { state: li.getAttribute('data-state'), text: li.textContent ?? '' }])),
    none: !!d.querySelector('.trial-none'),
  }));

describe('an adapter on the options page', () => {
  it('is tried on the open platform tab before saving, then saved and exported to a file', { timeout: 120_000 }, async () => {
    const w = await launch();
    // The platform's origin (another 127.0.0.1 port) added on the options page, as each user does.
    await allowOrigins(w, [fx.url]);
    try {
      const pageUrl = `${fx.url}/oh-asm/supervision/plan/add`;
      const otherUrl = `${fx.url}/oh-asm/other`;
      await w.page.goto(pageUrl, { waitUntil: 'load' });
      await waitForPanel(w.page.mainFrame());
      const other = await w.browser.newPage();
      await other.goto(otherUrl, { waitUntil: 'load' });
      const options = await openOptions(w);
      const cdp = await w.browser.target().createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: downloads, eventsEnabled: true });
      cdp.on('Browser.downloadWillBegin', (e) => void (suggested[e.guid] = e.suggestedFilename));

      await paste(options, adapter);
      await options.click('button.try-adapter');
      await options.waitForSelector(`.adapter-trial .trial[data-url="${pageUrl}"][data-kind]`);
      const t = await trialOf(options, pageUrl);
      expect(t.kind).toBe('plan');
      expect(t.found).toBe(6);
      expect(t.problems).toBe(2);
      expect(t.failing).toEqual(expect.arrayContaining(['plan.joint.max-departments', 'plan.schedule.end-by']));
      expect(t.lines['plan.end']).toMatchObject({ state: 'used' });
      expect(t.lines['plan.end'].text).toContain('2025-12-05');
      expect(t.lines['plan.lead'].state).toBe('error');
      expect(t.lines['plan.lead'].text).toContain('控件不符');
      expect(t.lines['plan.year'].state).toBe('dropped');
      expect(t.lines['plan.year'].text).toContain('2025');
      // The other tab of that origin shows none of the adapter's pages, and says so.
      expect((await trialOf(options, otherUrl)).none).toBe(true);
      // Nothing was saved by trying.
      expect(await options.$('tr[data-adapter="element-qu"]')).toBeNull();

      // Corrected as the trial showed, tried again (no problem left), saved, exported.
      const fixed = structuredClone(adapter);
      fixed.pages[0].fields = fixed.pages[0].fields.map((f: { field: string }) => (f.field === 'plan.lead' ? { field: 'plan.lead', label: '发起部门', widget: 'text' } : f.field === 'plan.year' ? { field: 'plan.year', label: '年度', widget: 'text' } : f));
      await paste(options, fixed);
      await options.click('button.try-adapter');
      await options.waitForFunction((u) => document.querySelector(`.adapter-trial .trial[data-url="${u}"]`)?.getAttribute('data-problems') === '0', {}, pageUrl);
      await options.click('button.save-adapter');
      await options.waitForSelector('tr[data-adapter="element-qu"] button.export-adapter');
      await options.click('tr[data-adapter="element-qu"] button.export-adapter');
      const deadline = Date.now() + 30_000;
      let file: string | undefined;
      while (!file && Date.now() < deadline) {
        file = readdirSync(downloads).find((f) => suggested[f] && !f.endsWith('.crdownload'));
        if (!file) await new Promise((r) => setTimeout(r, 200));
      }
      expect(file, 'the export was downloaded').toBeDefined();
      expect(suggested[file!]).toBe('adapter-element-qu.json');
      exported = join(downloads, 'adapter-element-qu.json');
      const text = readFileSync(join(downloads, file!), 'utf8');
      expect(JSON.parse(text)).toMatchObject({ id: 'element-qu', format: 2, pages: [{ kind: 'plan' }] });
      // Keep it under the name a user would send on.
      renameSync(join(downloads, file!), exported);
    } finally {
      await w.close();
    }
  });

  it('a colleague imports the file in their browser, and their panel reads the page through it', { timeout: 120_000 }, async () => {
    expect(exported, 'the first test exported the file').not.toBe('');
    const w = await launch();
    // The platform's origin (another 127.0.0.1 port) added on the options page, as each user does.
    await allowOrigins(w, [fx.url]);
    try {
      const options = await openOptions(w);
      expect(await options.$('tr[data-adapter="element-qu"]')).toBeNull();
      const input = await options.waitForSelector('input.import-adapter');
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(exported);
      await options.waitForSelector('tr[data-adapter="element-qu"]');
      expect(await options.$eval('section#adapters .said', (e) => e.classList.contains('ok'))).toBe(true);
      await w.page.bringToFront();
      await w.page.goto(`${fx.url}/oh-asm/supervision/plan/add`, { waitUntil: 'load' });
      const frame = w.page.mainFrame();
      await waitForPanel(frame);
      await waitFailing(frame, 'plan.schedule.end-by', true, 20_000);
      await waitFailing(frame, 'plan.joint.max-departments', true);
      // Read through the imported adapter, not by labels alone.
      expect(await inPanelEval(frame, (root) => root?.querySelector('.dra-panel')?.hasAttribute('data-zero-config'))).toBe(false);
    } finally {
      await w.close();
    }
  });
});
