/**
 * The draw preview where the data lives: a generated registry of 200,000 objects imported into the extension
 * (the registry page's worker), then previewed on the sandbox's strategy page. The panel sends the strategy, the
 * background draws on the registry's draw index (written at import) and answers with counts; the whole registry
 * is the library (no cap, no "please narrow"). The record the background keeps is then checked by the helper's
 * reference draw (`dra import` of the same files, `dra verify`), and no code or name of the registry reaches the
 * page. The 5,000,000-object figure comes from `DRA_BENCH_ROWS=5000000 npm run bench -- import`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPanelEval, launch, openWithPanel, runPreview, type World } from './launch';
import { writeObjectCsv } from '../../bench/registry-csv';

const N = 200_000;
const dra = (...args: string[]) => execFileSync(process.execPath, ['bin/dra.mjs', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
let w: World;
let reg: Page;
let extensionId = '';
const tmp = mkdtempSync(join(tmpdir(), 'dra-preview-e2e-'));

beforeAll(async () => {
  w = await launch();
  const sw = await w.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  reg = await w.browser.newPage();
  extensionId = new URL(sw.url()).host;
  await reg.goto(`chrome-extension://${extensionId}/registry.html`, { waitUntil: 'load' });
}, 60_000);
afterAll(async () => {
  await w?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function importFile(kind: 'objects' | 'inspectors', file: string) {
  await reg.click(`input[name=kind][value=${kind}]`);
  await (await reg.waitForSelector('input.file'))!.uploadFile(file);
  await reg.waitForSelector('.step-mapping button.start:not([disabled])', { timeout: 30_000 });
  await reg.click('.step-mapping button.start');
  await reg.waitForSelector('.step-done', { timeout: 240_000 });
  return reg.$eval('.step-done', (d) => ({ status: d.getAttribute('data-status'), imported: Number(d.querySelector('.count-imported')?.textContent?.replace(/,/g, '')) }));
}

describe('the draw preview on an imported registry of 200,000 objects', () => {
  it('draws in the background over the whole registry and shows the counts on the strategy page', async () => {
    const objects = join(tmp, 'objects.csv');
    await writeObjectCsv(objects, N);
    expect(await importFile('objects', objects)).toEqual({ status: 'done', imported: N });
    // The worker spilled the lines to a file of the extension's private file system and hashed them from it (the
    // record below verifies against the rows): no stored block read for the hash, and the file removed at the end.
    const spill = await reg.evaluate(async () => {
      const index = await new Promise<Array<{ hashedFrom?: string; count: number }>>((res, rej) => {
        const open = indexedDB.open('dra-registries');
        open.onerror = () => rej(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('drawIndex').objectStore('drawIndex').getAll();
          get.onsuccess = () => res(get.result);
        };
      });
      const files: string[] = [];
      for await (const name of (await navigator.storage.getDirectory() as unknown as { keys(): AsyncIterable<string> }).keys()) files.push(name);
      return { index: index.map((i) => [i.count, i.hashedFrom]), files };
    });
    expect(spill).toEqual({ index: [[N, 'spill']], files: [] });
    const inspectors = join(tmp, 'inspectors.xlsx');
    writeFileSync(inspectors, Buffer.from(await (await fetch(`${w.url}syn/sccheck/agentlib/export`)).arrayBuffer()));
    expect((await importFile('inspectors', inspectors)).status).toBe('done');

    // RW-2026-001: 本部门, 不定向, one item at 5% — the library is the whole imported registry.
    const frame = await openWithPanel(w.page, w.url, '/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-001');
    const pageText = async () => (await w.page.content()) + (await frame.content()) + ((await inPanelEval(frame, (root) => root?.innerHTML ?? '')) as string);
    const before = await pageText();
    // With room for a loaded machine: the wait is for the result, not a time limit.
    await runPreview(frame, 'div.preview-result:not([data-keeping]), .preview p.error', 300_000);
    const shown = await inPanelEval(frame, (root) => {
      root = root!;
      const result = root.querySelector('.preview-result');
      return {
        error: root.querySelector('.preview > p.error')?.textContent ?? '',
        hint: root.querySelector('.preview-result .hint')?.textContent ?? '',
        items: [...root.querySelectorAll('.preview-item')].map((i) => ({ drawn: Number(i.getAttribute('data-drawn')), hash: i.getAttribute('data-result-hash') ?? '', title: i.querySelector('h4')?.textContent ?? '', error: i.querySelector('p.error')?.textContent ?? '' })),
        drawn: Number(result?.getAttribute('data-drawn')),
      };
    });
    expect(shown.error).toBe('');
    expect(shown.hint).toMatch(new RegExp(`导入的名录库（对象 ${N}，人员 \\d+`));
    // An item without a 专项库 draws from every object of the registry; its record's hash is shown.
    const whole = shown.items.filter((i) => (i.title.endsWith(`(${N})`) || i.title.endsWith(`（${N} 户）`)));
    expect(whole.length, JSON.stringify(shown.items)).toBeGreaterThan(0);
    for (const i of whole) expect(i).toMatchObject({ error: '', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(whole[0].drawn).toBeGreaterThan(0);
    expect(shown.drawn).toBeGreaterThan(0);

    // The records the background kept (the extension's own page reads its database; the platform page cannot).
    const records = (await reg.evaluate(
      () =>
        new Promise<unknown[]>((res, rej) => {
          const open = indexedDB.open('dra');
          open.onerror = () => rej(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('previews').objectStore('previews').getAll();
            // A large preview keeps its result as the canonical bytes its hash was taken over (storage/preview-rows.ts).
            get.onsuccess = () =>
              res(get.result.map((r: { record: object; resultBytes?: Uint8Array }) => (r.resultBytes ? { ...r.record, result: JSON.parse(new TextDecoder().decode(r.resultBytes)) } : r.record)));
          };
        }),
    )) as Array<{ resultHash: string; inputs: { objectCount: number }; result: { objectIds: string[]; classes: Array<{ poolSize: number }>; exclusions: unknown[] } }>;
    const mine = records.find((r) => r.resultHash === whole[0].hash)!;
    expect(mine, 'the shown item’s record is kept').toBeTruthy();
    expect(mine.inputs.objectCount).toBe(N);
    expect(mine.result.objectIds).toHaveLength(whole[0].drawn);
    // Every object of the registry was in the draw: in a pool, or excluded by frequency with its reason (no cap).
    expect(mine.result.classes.reduce((n, c) => n + c.poolSize, 0) + mine.result.exclusions.length).toBe(N);

    // The reference draw, by the helper, on its own reading of the same two files, gives exactly this record.
    dra('import', objects, '--kind', 'objects', '--out', join(tmp, 'objects.json'));
    dra('import', inspectors, '--kind', 'inspectors', '--out', join(tmp, 'inspectors.json'));
    writeFileSync(join(tmp, 'record.json'), JSON.stringify(mine));
    expect(dra('verify', join(tmp, 'record.json'), '--objects', join(tmp, 'objects.json'), '--inspectors', join(tmp, 'inspectors.json'))).toMatch(/复核一致|verified/);

    // The page received counts and hashes only: not one drawn object's code or name is in its document or the panel.
    const byId = new Map((JSON.parse(readFileSync(join(tmp, 'objects.json'), 'utf8')) as Array<{ id: string; name?: string }>).map((o) => [o.id, o.name ?? '']));
    const after = await pageText();
    const leaked = mine.result.objectIds.slice(0, 2000).flatMap((id) => [id, byId.get(id)!]).filter((v) => v && after.includes(v) && !before.includes(v));
    expect(leaked).toEqual([]);
  }, 600_000);
});
