/**
 * Trainer mode end to end, in Chromium with the built extension on the sandbox: a scenario started,
 * its finding seen in the extension's panel, fixed on the platform's own form and checked; an
 * explorer example opened in the sandbox in one click; a ceremony (announce, public value, draw) whose
 * record the offline verifier page confirms; the extension's own rules page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helper/run-cli';
import { activeFrame, clickInPanel, failingRules, inPanel, waitFailing, laydatePick, launch, waitForPanel, type World } from './launch';

let w: World;
let dir: string;
beforeAll(async () => {
  w = await launch();
  dir = mkdtempSync(join(tmpdir(), 'dra-ceremony-'));
});
afterAll(async () => {
  await w?.close();
  rmSync(dir, { recursive: true, force: true });
});

const failing = (frame: Frame) => failingRules(frame);
const waitRule = (frame: Frame, rule: string, present: boolean) => waitFailing(frame, rule, present, 15_000);

describe('a scenario: task ending on 5 December', () => {
  const ID = 'task-ends-december-5';

  it('starts from the list and the check says the rule fails', async () => {
    await w.page.goto(`${w.url}dra/scenarios`, { waitUntil: 'networkidle0' });
    expect(await w.page.$$eval('li[data-scenario]', (l) => l.length)).toBeGreaterThanOrEqual(10);
    await Promise.all([w.page.waitForNavigation(), w.page.click(`li[data-scenario="${ID}"] button[type=submit]`)]);
    expect(w.page.url()).toContain(`/dra/scenario?id=${ID}`);
    await Promise.all([w.page.waitForNavigation(), w.page.click('a.check-fix')]);
    expect(await w.page.$eval('section.check', (s) => s.getAttribute('data-verdict'))).toBe('fail');
    expect(await w.page.$eval('section.check', (s) => s.textContent)).toContain('2026-12-05');
  });

  it('the extension’s panel shows the finding on the platform page; the fix on the form clears it and the check passes', async () => {
    const open = await w.page.$eval('a.open-platform', (a) => (a as HTMLAnchorElement).href);
    await w.page.goto(open, { waitUntil: 'networkidle0' });
    const frame = await activeFrame(w.page);
    await waitForPanel(frame);
    await waitRule(frame, 'plan.schedule.end-by', true);
    // The trainee's fix: the task's end date moved to 30 November with the platform's date picker.
    await laydatePick(frame, 'end', '2026-11-30');
    await waitRule(frame, 'plan.schedule.end-by', false);
    await frame.click('[data-submit="#taskForm"]');
    // Other warnings may still stand on this task: the panel then asks for a reason before saving.
    const outcome = await Promise.race([
      frame.waitForSelector('#taskTable', { timeout: 20_000 }).then(() => 'saved'),
      inPanel(frame, '.confirm textarea', 20_000).then(() => 'confirm'),
    ]);
    if (outcome === 'confirm') {
      expect(await failing(frame)).not.toContain('plan.schedule.end-by');
      await (await inPanel(frame, '.confirm textarea')).type('培训：截止日期已改为11月30日');
      await clickInPanel(frame, '.confirm button.proceed');
      await frame.waitForSelector('#taskTable', { timeout: 20_000 });
    }
    await w.page.goto(`${w.url}dra/scenario?id=${ID}&check=1`, { waitUntil: 'networkidle0' });
    expect(await w.page.$eval('section.check', (s) => s.getAttribute('data-verdict'))).toBe('pass');
  });
});

describe('the rule explorer on the sandbox', () => {
  it('searches, highlights the quote in its clause, and opens the failing example in the sandbox with the panel’s finding', async () => {
    await w.page.goto(`${w.url}dra/rules?q=max-departments`, { waitUntil: 'networkidle0' });
    expect(await w.page.$$eval('article.rule', (a) => a.map((x) => x.id))).toEqual(['plan.joint.max-departments']);
    expect(await w.page.$$eval('article.rule .clause mark', (m) => m.map((x) => x.textContent))).toContain('联合抽查部门原则上不超过5个');
    expect(await w.page.$$eval('.example', (e) => e.map((x) => [x.getAttribute('data-case'), x.getAttribute('data-verdict')]))).toEqual([['pass', 'pass'], ['fail', 'fail']]);
    await Promise.all([w.page.waitForNavigation({ waitUntil: 'networkidle0' }), w.page.click('.example-fail a.open-example')]);
    // The link only asks (a GET changes nothing); the button resets the sandbox and loads the example.
    await Promise.all([w.page.waitForNavigation({ waitUntil: 'networkidle0' }), w.page.click('form[action="/dra/example"] button.load-example')]);
    const frame = await activeFrame(w.page);
    expect(frame.url()).toContain('/pubscworkplan/edit?id=EX-P1');
    await waitForPanel(frame);
    await waitRule(frame, 'plan.joint.max-departments', true);
  });
});

describe('the draw ceremony', () => {
  it('announces first, draws from the public value typed in, reveals the real result, and the offline verifier page confirms the record', async () => {
    await w.page.setViewport({ width: 1920, height: 1080 });
    await w.page.goto(`${w.url}dra/ceremony`, { waitUntil: 'networkidle0' });
    await w.page.type('input[name=publicSource]', '观察员现场掷骰子三次的点数');
    await Promise.all([w.page.waitForNavigation(), w.page.click('button[data-task="RW-2026-006"]')]);
    const announcementHash = await w.page.$eval('#announcementHash', (c) => c.textContent!.trim());
    expect(announcementHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await w.page.$('svg.qr path')).not.toBeNull();
    expect(await w.page.$('#seed')).toBeNull(); // no seed exists before the draw
    await w.page.type('#publicValue', '5 2 6');
    await Promise.all([w.page.waitForNavigation(), w.page.click('#btnDraw')]);
    // The reveal runs at its own pace; the record stays hidden until every object is shown.
    expect(await w.page.$eval('#verify', (v) => getComputedStyle(v).visibility)).toBe('hidden');
    await w.page.waitForSelector('body[data-revealed="all"]', { timeout: 60_000 });
    const shown = await w.page.$$eval('#drawn li', (l) => l.map((x) => x.getAttribute('data-object')));

    const link = (name: string) => w.page.$eval(`a[download="${name}"]`, (a) => (a as HTMLAnchorElement).href);
    for (const name of ['record.json', 'announcement.json', 'objects.json', 'inspectors.json', 'verifier.html']) {
      const res = await fetch(await link(name));
      expect(res.headers.get('content-disposition')).toContain(name);
      writeFileSync(join(dir, name), await res.text());
    }
    const record = JSON.parse(readFileSync(join(dir, 'record.json'), 'utf8'));
    expect(record.kind).toBe('official');
    expect(record.announcementHash).toBe(announcementHash);
    expect(record.randomness.publicValues).toEqual([{ id: 'public', value: '5 2 6' }]);
    expect(shown).toEqual(record.result.objectIds); // the animation shows the real result, in its order
    expect(await w.page.$eval('#recordHash', (h) => h.textContent!.trim())).toBe(record.recordHash);

    const files = ['announcement.json', 'record.json', 'objects.json', 'inspectors.json'].map((n) => join(dir, n));
    const ok = await runCli(['verify', files[1], '--announcement', files[0], '--objects', files[2], '--inspectors', files[3]]);
    expect(ok.stdout).toMatch(/^类型：正式抽取\n复核一致/);
    expect(ok.code).toBe(0);

    // The single-file verifier page, opened from disk with the network cut: it confirms the record…
    const page = await w.browser.newPage();
    try {
      const outside: string[] = [];
      await page.setRequestInterception(true);
      page.on('request', (r) => (r.url().startsWith('file:') ? r.continue() : (outside.push(r.url()), r.abort())));
      await page.goto(`file://${join(dir, 'verifier.html')}`);
      const input = (await page.$('#files')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(...files);
      await page.waitForFunction(() => ['verified', 'not-verified', 'error'].includes(document.getElementById('result')!.dataset.verdict!), { timeout: 60_000 });
      expect(await page.$eval('#result', (r) => [r.getAttribute('data-verdict'), r.getAttribute('data-kind')])).toEqual(['verified', 'official']);
      expect(await page.$eval('#result', (r) => r.textContent)).toContain('5 2 6');
      // …and refuses one changed after the draw.
      const tampered = structuredClone(record);
      tampered.result.objectIds.reverse();
      writeFileSync(join(dir, 'tampered.json'), JSON.stringify(tampered));
      await page.reload();
      const again = (await page.$('#files')) as ElementHandle<HTMLInputElement>;
      await again.uploadFile(files[0], join(dir, 'tampered.json'), files[2], files[3]);
      await page.waitForFunction(() => ['verified', 'not-verified', 'error'].includes(document.getElementById('result')!.dataset.verdict!), { timeout: 60_000 });
      expect(await page.$eval('#result', (r) => r.getAttribute('data-verdict'))).toBe('not-verified');
      expect(outside).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('at 1366 px every hash breaks between groups of eight: no line holds fewer than 8 characters, none overflows', async () => {
    await w.page.setViewport({ width: 1366, height: 768 });
    const hashes = await w.page.$$eval('code.hash', (codes) =>
      codes.map((code) => {
        const box = code.getBoundingClientRect();
        const lines = new Map<number, number>();
        for (const span of code.querySelectorAll('span')) {
          const top = Math.round(span.getBoundingClientRect().top);
          lines.set(top, (lines.get(top) ?? 0) + (span.textContent ?? '').length);
        }
        const text = code.textContent ?? '';
        const overflows = [...code.querySelectorAll('span')].some((s) => s.getBoundingClientRect().right > box.right + 1);
        return { id: code.id, length: text.length, lines: [...lines.values()], overflows, mono: /mono/i.test(getComputedStyle(code).fontFamily) };
      }),
    );
    expect(hashes.map((h) => h.id).sort()).toEqual(['announcementHash', 'recordHash', 'seed']);
    for (const h of hashes) {
      expect(h.length, h.id).toBe(64);
      expect(h.lines.reduce((a, b) => a + b, 0), h.id).toBe(64);
      expect(Math.min(...h.lines), `${h.id}: ${h.lines.join(' / ')}`).toBeGreaterThanOrEqual(8);
      expect(h.overflows, h.id).toBe(false);
      expect(h.mono, h.id).toBe(true);
    }
    console.log(`ceremony hashes at 1366 px: ${hashes.map((h) => `${h.id} ${h.lines.join('+')}`).join(', ')} characters a line`);
  });
});

describe('the extension’s rules page', () => {
  it('renders every rule with the live search', async () => {
    const target = await w.browser.waitForTarget((t) => t.url().startsWith('chrome-extension://'), { timeout: 10_000 });
    const origin = /^chrome-extension:\/\/[a-p]{32}/.exec(target.url())![0];
    const page = await w.browser.newPage();
    await page.goto(`${origin}/rules.html`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('article.rule');
    expect(await page.$$eval('article.rule', (a) => a.length)).toBe(48);
    await page.type('input[type=search]', 'A-9');
    await page.waitForFunction(() => document.querySelectorAll('article.rule').length < 48);
    const ids = await page.$$eval('article.rule', (a) => a.map((x) => x.id));
    expect(ids).toContain('result.publish-deadline');
    // The examples open the sandbox the settings name (launch() set this sandbox's free port), not a fixed 8765.
    const example = `${w.url.replace(/\/$/, '')}/dra/example?rule=`;
    await page.waitForFunction((p) => (document.querySelector('.example-fail a.open-example') as HTMLAnchorElement | null)?.href.startsWith(p), {}, example);
    expect(await page.$eval('.sandbox-url input', (i) => (i as HTMLInputElement).value)).toBe(w.url.replace(/\/$/, ''));
    await page.close();
  });
});
