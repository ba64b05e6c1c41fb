/**
 * The helper's archive over native messaging, end to end: a Chromium profile with the host
 * registered by `dra install-native-host --user-data-dir` (the profile's own NativeMessagingHosts
 * folder), the built extension filing a draw record and the audit log head from an extension page,
 * the files on disk in the task's folder, and read back through the extension. No port is opened.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launch, type World } from './launch';
import { runCli } from '../helper/run-cli';
import { draw } from '../../src/core/draw';
import { baselineParams, request, smallInspectors, smallObjects } from '../draw/fixtures';
import { buildEvidence } from '../../src/core/risk/evidence';

let w: World;
let page: Page;
let extensionId = '';
const udd = mkdtempSync(join(tmpdir(), 'dra-profile-'));
const home = mkdtempSync(join(tmpdir(), 'dra-native-'));
const archive = join(home, 'archive');

/** Send a message from an extension page, as the popup or evidence page does. */
type Chrome = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
const send = (m: unknown) => page.evaluate((m) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage(m), m as object) as Promise<Record<string, unknown> & { ok: boolean }>;

beforeAll(async () => {
  w = await launch({ userDataDir: udd });
  const worker = await w.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  extensionId = new URL(worker.url()).host;
  page = await w.browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
});
afterAll(async () => {
  await w?.close();
  rmSync(udd, { recursive: true, force: true });
});

describe('the helper archive over native messaging', () => {
  it('before the host is registered, filing is a clear error and nothing is written', async () => {
    const r = await send({ type: 'archive.list' });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/dra install-native-host/) });
    // Said to the user in Chinese, from the catalogue (the English line stays for logs).
    expect(r).toMatchObject({ problems: [{ zh: expect.stringMatching(/^连接不上本地助手：请先在本机运行 dra install-native-host 注册助手$/) }] });
    expect(existsSync(archive)).toBe(false);
  });

  it('registered in the profile, it files a draw record and the audit head into the task folder and reads them back', async () => {
    const installed = await runCli(['install-native-host', '--browser', 'chromium', '--user-data-dir', udd, '--archive', archive, '--launcher-dir', home, '--extension-id', extensionId]);
    expect(installed.code, installed.stderr).toBe(0);
    expect(existsSync(join(udd, 'NativeMessagingHosts', 'cn.dra.archive.json'))).toBe(true);

    const record = draw(smallObjects(), smallInspectors(), request(), baselineParams, { seed: 'e2e-archive', kind: 'preview', now: () => new Date('2026-05-06T01:30:00Z') });
    const saved = await send({ type: 'preview.save', key: 'http://127.0.0.1/randompage#RW-2026-001', url: 'http://127.0.0.1/randompage?taskId=RW-2026-001', record });
    expect(saved).toMatchObject({ ok: true });
    const filed = await send({ type: 'archive.file', taskId: 'RW-2026-001', what: 'preview', id: saved.id });
    expect(filed).toMatchObject({ ok: true, folder: 'RW-2026-001', file: expect.stringMatching(/^draw-record-.*\.json$/) });
    const head = await send({ type: 'archive.file', taskId: 'RW-2026-001', what: 'audit-head' });
    expect(head).toMatchObject({ ok: true, file: expect.stringMatching(/^audit-head-/) });

    // On disk: one folder for the task, the record as filed.
    // (and the folder's mark of the task id it holds, so a second id never shares it)
    const files = readdirSync(join(archive, 'RW-2026-001')).filter((f) => f !== '.task-id').sort();
    expect(files).toEqual([head.file, filed.file].sort());
    // Named in Beijing time to the second, its time in the reply: 2026-12-02T02:31:11+08:00.
    expect(filed).toMatchObject({ file: expect.stringMatching(/^draw-record-\d{8}-\d{6}(-\d+)?-[0-9a-f]{8}\.json$/), filedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/) });
    const onDisk = JSON.parse(readFileSync(join(archive, 'RW-2026-001', filed.file as string), 'utf8'));
    expect(onDisk).toMatchObject({ format: 'dra-archive/1', taskId: 'RW-2026-001', kind: 'draw-record', content: { recordHash: record.recordHash, seed: record.seed, randomness: { previewSeed: 'e2e-archive' } } });
    const headOnDisk = JSON.parse(readFileSync(join(archive, 'RW-2026-001', head.file as string), 'utf8'));
    expect(headOnDisk.content).toMatchObject({ length: 1, head: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // Read back through the extension.
    const list = await send({ type: 'archive.list', taskId: 'RW-2026-001' });
    expect(list).toMatchObject({ ok: true, tasks: [{ taskId: 'RW-2026-001', folder: 'RW-2026-001', files: expect.arrayContaining([expect.objectContaining({ kind: 'draw-record' }), expect.objectContaining({ kind: 'audit-head' })]) }] });
    const got = await send({ type: 'archive.get', taskId: 'RW-2026-001', file: filed.file });
    expect(got).toMatchObject({ ok: true, content: { content: { recordHash: record.recordHash } } });

    // Refused by the host with nothing written: a file name that climbs out, an unknown preview.
    expect(await send({ type: 'archive.get', taskId: 'RW-2026-001', file: '../../../../etc/passwd' })).toMatchObject({ ok: false });
    expect(await send({ type: 'archive.file', taskId: '../../escape', what: 'preview', id: 999 })).toMatchObject({ ok: false, error: 'no preview 999' });
    expect(readdirSync(archive)).toEqual(['RW-2026-001']);
    console.log(`archive e2e: host registered in ${join(udd, 'NativeMessagingHosts')}, ${files.length} files filed for RW-2026-001 and read back through Chromium native messaging (no port)`);
  });

  it('the evidence page files its evidence and the audit head with one click, into the task its page named', async () => {
    const evidence = buildEvidence({ url: 'http://127.0.0.1:8765/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002', kind: 'strategy', profile: 'baseline', findings: [], rulesPassed: 4 });
    const saved = await send({ type: 'evidence.save', evidence, open: false });
    expect(saved).toMatchObject({ ok: true });
    await page.goto(`chrome-extension://${extensionId}/evidence.html#${saved.id}`);
    await page.waitForFunction(() => (document.querySelector('#archive-task') as HTMLInputElement | null)?.value === 'RW-2026-002');
    // Titled for what it is: a record of the duty checked against exemption case 1, breaches included (not 免责证据).
    expect(await page.title()).toBe(`履职核对记录（证据文件第 ${saved.id} 号）`);
    expect(await page.$eval('.evidence-tools h1', (h) => h.textContent)).toBe(`履职核对记录（证据文件第 ${saved.id} 号）`);
    const doc = await (await page.$('#doc'))!.contentFrame();
    await doc!.waitForSelector('h1');
    expect(await doc!.$eval('h1', (h) => h.textContent)).toBe('履职核对记录');
    expect(await page.evaluate(() => document.body.innerText + (document.querySelector('#doc') as HTMLIFrameElement).contentDocument!.body.innerText)).not.toContain('免责证据');
    // The task number's input has a visible label tied to it (for/id), not only a placeholder.
    const label = await page.$eval('#archive-task', (i) => {
      const l = (i as HTMLInputElement).labels?.[0];
      return { text: l?.textContent, shown: !!l && l.getBoundingClientRect().width > 0, placeholder: (i as HTMLInputElement).placeholder };
    });
    expect(label).toEqual({ text: '任务编号', shown: true, placeholder: '' });
    // Its buttons look like the options page's (one stylesheet, src/ui/buttons.css); filing is the main action, in the extension's blue.
    const look = (b: Element) => { const c = getComputedStyle(b); return { font: c.fontSize, padding: c.padding, border: c.border, radius: c.borderRadius, background: c.backgroundColor }; };
    const here = await page.$eval('#download-json', look);
    const filing = await page.$eval('#archive-file', (b) => getComputedStyle(b).backgroundColor);
    const options = await w.browser.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('button');
    const there = await options.$eval('button:not([disabled]):not(.primary)', look);
    await options.close();
    expect(here).toEqual(there);
    expect(here.background).toBe('rgb(255, 255, 255)');
    expect(filing).toBe('rgb(28, 108, 161)');
    await page.click('#archive-file');
    await page.waitForSelector('#archive-note');
    const note = await page.$eval('#archive-note', (e) => ({ ok: e.getAttribute('data-ok'), text: e.textContent ?? '' }));
    expect(note.ok, note.text).toBe('yes');
    const files = readdirSync(join(archive, 'RW-2026-002'));
    expect(files.filter((f) => f.startsWith('evidence-'))).toHaveLength(1);
    expect(files.filter((f) => f.startsWith('audit-head-'))).toHaveLength(1);
    // Named in Beijing time to the second, and said so: 已于 2026-12-02 02:31:11（北京时间）归档到 RW-2026-002/evidence-20261202-023111-….json
    const evidenceFile = files.find((f) => f.startsWith('evidence-'))!;
    expect(evidenceFile).toMatch(/^evidence-\d{8}-\d{6}(-\d+)?-[0-9a-f]{8}\.json$/);
    const [, d, t] = /^evidence-(\d{8})-(\d{6})/.exec(evidenceFile)!;
    expect(note.text).toContain(`已于 ${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)} ${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}（北京时间）归档到 RW-2026-002/${evidenceFile}`);
    const onDisk = JSON.parse(readFileSync(join(archive, 'RW-2026-002', files.find((f) => f.startsWith('evidence-'))!), 'utf8'));
    expect(onDisk.content.hash).toBe(evidence.hash);
    console.log(`archive e2e (evidence page): one click filed ${files.length} files for RW-2026-002: ${note.text}`);
  });
});
