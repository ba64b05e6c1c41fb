/**
 * The re-draw watch asks the reason of a re-run, as a user meets it on the platform's 摇号 page: after a second
 * draw the panel asks for it (required: an empty one is refused), the reason is logged next to the re-run's
 * audit entry, shown again when the page is opened again, and shown in the options page's audit view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { activeFrame, clickInPanel, inPanelEval, launch, openOptions, typeInPanel, waitForPanel, waitInPanel, type World } from './launch';

let w: World;
let frame: Frame;
const PAGE = 'syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-001';
const REASON = '抽取时选错了检查事项，经科室负责人同意后重新抽取';

async function draw() {
  const navigated = frame.waitForNavigation({ timeout: 15_000 });
  await frame.click('#btnRandom');
  // The platform reloads after a draw; when it does not (a CI run once timed out here, never reproduced), say what
  // the page showed instead: its message box, or what lay over the button where the click landed.
  await navigated.catch(async (e: Error) => {
    const seen = await frame
      .evaluate(() => {
        const button = document.querySelector('#btnRandom')!;
        const r = button.getBoundingClientRect();
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return { message: document.querySelector('.layui-layer-content')?.textContent ?? null, over: top && !button.contains(top) ? top.tagName : null };
      })
      .catch((why: Error) => `the page could not be read: ${why.message}`);
    throw new Error(`${e.message}; the page then: ${JSON.stringify(seen)}`);
  });
  await waitForPanel(frame);
}

beforeAll(async () => {
  w = await launch();
  await w.page.goto(w.url, { waitUntil: 'networkidle0' });
  frame = await activeFrame(w.page);
  await frame.goto(`${w.url}${PAGE}`, { waitUntil: 'networkidle0' });
  await waitForPanel(frame);
  for (const [c, v] of [['A', '2'], ['B', '5'], ['C', '10'], ['D', '30']]) {
    await frame.$eval(`input[name="rate${c}"]`, (e) => ((e as HTMLInputElement).value = ''));
    await frame.type(`input[name="rate${c}"]`, v);
  }
});
afterAll(async () => w?.close());

describe('the reason of a re-run', () => {
  it('a first draw asks nothing; a second asks its reason, and an empty one is refused', async () => {
    await draw();
    expect(await inPanelEval(frame, (root) => !!root?.querySelector('.rerun-reason'))).toBe(false);
    await draw();
    await waitInPanel(frame, (root) => root?.querySelector('.rerun-watch .rerun-reason.pending'));
    // The box takes the watch's width (it was a 150 px box squeezed beside its label).
    const widths = await inPanelEval(frame, (root) => {
      const watch = root?.querySelector('.rerun-watch')?.getBoundingClientRect();
      const box = root?.querySelector('.rerun-reason textarea')?.getBoundingClientRect();
      return { watch: watch?.width ?? 0, box: box?.width ?? 0 };
    });
    expect(widths.box).toBeGreaterThan(widths.watch * 0.8);
    await clickInPanel(frame, '.rerun-reason button.save-reason');
    const error = await waitInPanel(frame, (root) => root?.querySelector('.rerun-reason .rerun-error')?.textContent);
    expect(error).toContain('须填写重新摇号的理由');
  });

  it('the reason given is logged next to the re-run’s entry and shown in the panel', async () => {
    await typeInPanel(frame, '.rerun-reason textarea', REASON);
    await clickInPanel(frame, '.rerun-reason button.save-reason');
    const given = await waitInPanel(frame, (root) => root?.querySelector('.rerun-reason.given')?.textContent);
    expect(given).toContain(REASON);
    expect(given).toMatch(/已记入审计日志第 \d+ 条/);
  });

  it('is shown again when the page is opened again, and in the options page’s audit view', async () => {
    await frame.goto(`${w.url}${PAGE}`, { waitUntil: 'networkidle0' });
    await waitForPanel(frame);
    expect(await waitInPanel(frame, (root) => root?.querySelector('.rerun-reason.given')?.textContent)).toContain(REASON);
    const options = await openOptions(w);
    const log = (await options.evaluate(async () => (await (globalThis as any).chrome.runtime.sendMessage({ type: 'audit.list' })).entries)) as Array<{ seq: number; kind: string; data: Record<string, unknown> }>;
    const rerun = log.find((e) => e.kind === 'draw-rerun')!;
    expect(log.find((e) => e.kind === 'draw-rerun-reason')?.data).toMatchObject({ rerunSeq: rerun.seq, reason: REASON });
    await options.click('button.verify-log');
    await options.waitForSelector('section#data li[data-kind=draw-rerun]');
    expect(await options.$eval('section#data li[data-kind=draw-rerun]', (li) => li.textContent)).toContain(`「${REASON}」`);
  });
});
