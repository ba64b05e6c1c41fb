// @vitest-environment jsdom
/**
 * The result-entry page (检查结果录入) as the sandbox serves it, read through the sandbox adapter and judged:
 * same-day entry (result.upload-same-day), publication within 20 working days (result.publish-deadline) and a
 * category of the nine (result.category), each at the field the page shows; the other result rules judge what
 * this page never shows and are not the panel's here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/server';
import type { SandboxStore } from '../../src/sandbox/store';
import { recognisePage, type RecognisedPage } from '../../src/platform/recognise';
import { readForm } from '../../src/platform/read-form';
import { fieldsForPath, pageModel } from '../../src/platform/to-model';
import { blankForm } from '../../src/platform/blank-form';
import { Dossier } from '../../src/core/model';
import { evaluate } from '../../src/core/rules/evaluate';
import { loadProfile } from '../../src/core/profiles';
import { relevantFindings } from '../../src/ui/relevant-findings';

const TODAY = '2026-11-23'; // the sandbox's own date (its header), a Monday

let url = '';
let store: SandboxStore;
let stop: () => Promise<void>;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dra-result-page-'));
  const s = await startSandbox({ port: 0, dataDir: dir, reset: true });
  url = s.url;
  store = s.store;
  stop = async () => {
    await new Promise((r) => s.server.close(r));
    rmSync(dir, { recursive: true, force: true });
  };
});
afterAll(() => stop());

/** RW-2026-004's objects: the first four published, the last ones not entered yet. */
const task = () => store.task('RW-2026-004')!;
const notEntered = () => task().draw!.objectIds.find((id) => !task().results.some((r) => r.objectId === id))!;

async function open(objectId: string): Promise<{ doc: Document; page: RecognisedPage }> {
  const path = `syn/sccheck/pubscentresult/edit?taskId=RW-2026-004&objectId=${encodeURIComponent(objectId)}`;
  const res = await fetch(url + path);
  expect(res.status).toBe(200);
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  const page = recognisePage(url + path);
  expect(page?.kind).toBe('results');
  return { doc, page: page! };
}

/** What the user typed or picked: the check date, the result, the reason. */
function fill(doc: Document, v: { checkedOn?: string; category?: string; reason?: string }) {
  if (v.checkedOn !== undefined) doc.querySelector<HTMLInputElement>('input[name=checkedOn]')!.value = v.checkedOn;
  if (v.category !== undefined) doc.querySelector<HTMLSelectElement>('select[name=category]')!.value = v.category;
  if (v.reason !== undefined) doc.querySelector<HTMLInputElement>('input[name=uploadDelayReason]')!.value = v.reason;
}

function judge(doc: Document, page: RecognisedPage) {
  const read = readForm(doc, page.spec);
  const model = pageModel(read.values, TODAY);
  const report = evaluate(Dossier.parse(model.dossier), loadProfile('baseline'), { asOf: TODAY });
  const findings = relevantFindings(page.kind, report.findings, page.spec);
  /** Where the panel marks a finding: the first field it names that the page shows. */
  const markedAt = (rule: string) => findings.find((f) => f.ruleId === rule)?.fields.flatMap(fieldsForPath).find((x) => read.elements[x]);
  /** The page's three rules, each with its verdict (a pass is no finding: the rule's report says it passed). */
  const verdicts = report.rules.filter((r) => ['result.category', 'result.publish-deadline', 'result.upload-same-day'].includes(r.ruleId)).map((r) => `${r.ruleId}:${r.status}`).sort();
  return { read, model, findings, verdicts, failing: findings.filter((f) => f.status === 'fail').map((f) => f.ruleId).sort(), markedAt };
}

describe('the result-entry page', () => {
  it('a new entry opens blank: nothing is judged before the user types', async () => {
    const { doc, page } = await open(notEntered());
    expect(blankForm(readForm(doc, page.spec), page.spec)).toBe(true);
  });

  it('a result entered the day the check ended, with a category of the nine, passes the three checks', async () => {
    const { doc, page } = await open(notEntered());
    fill(doc, { checkedOn: TODAY, category: '未发现问题' });
    const j = judge(doc, page);
    expect(j.read.values['result.uploadedOn']).toBe(TODAY); // the page shows the entry date it will record
    expect(j.verdicts).toEqual(['result.category:pass', 'result.publish-deadline:pass', 'result.upload-same-day:pass']);
    expect(j.findings).toEqual([]);
  });

  it('a check that ended more than 20 working days ago: not published in time (error) and entered late (warning), both at the check date', async () => {
    const { doc, page } = await open(notEntered());
    fill(doc, { checkedOn: '2026-09-15', category: '未发现问题' });
    const j = judge(doc, page);
    expect(j.failing).toEqual(['result.publish-deadline', 'result.upload-same-day']);
    const late = j.findings.find((f) => f.ruleId === 'result.publish-deadline')!;
    expect(late.severity).toBe('error');
    expect(late.messageId).toBe('notPublished');
    expect(late.citations[0].quote).toContain('20个工作日');
    // 公示日期 is empty on an unpublished result: the mark goes to the check date.
    expect(j.markedAt('result.publish-deadline')).toBe('result.checkedOn');
    expect(j.findings.find((f) => f.ruleId === 'result.upload-same-day')!.messageId).toBe('tooLate');
    expect(j.markedAt('result.upload-same-day')).toBe('result.uploadedOn');
  });

  it('entered a working day after the check: a warning at the reason field until the special reason is written', async () => {
    const { doc, page } = await open(notEntered());
    fill(doc, { checkedOn: '2026-11-20', category: '未发现问题' });
    let j = judge(doc, page);
    expect(j.failing).toEqual(['result.upload-same-day']);
    expect(j.markedAt('result.upload-same-day')).toBe('result.uploadDelayReason');
    fill(doc, { reason: '检查当日系统维护，无法录入' });
    j = judge(doc, page);
    expect(j.failing).toEqual([]);
  });

  it('a published result shows its 公示日期 and is judged by it (published in time: no error)', async () => {
    const published = task().results.find((r) => r.publishedOn)!;
    const { doc, page } = await open(published.objectId);
    const j = judge(doc, page);
    expect(j.read.values['result.publishedOn']).toBe(published.publishedOn);
    expect(j.read.values['result.checkedOn']).toBe(published.checkedOn);
    expect(j.verdicts).toEqual(['result.category:pass', 'result.publish-deadline:pass', 'result.upload-same-day:pass']);
    expect(j.findings).toEqual([]);
  });

  it('a result outside the nine categories (Zhejiang’s 已关闭停业或正在组织清算) is an error at the result', () => {
    const model = pageModel({ 'result.object': '某公司', 'result.category': '已关闭停业或正在组织清算', 'result.checkedOn': TODAY }, TODAY);
    const report = evaluate(Dossier.parse(model.dossier), loadProfile('baseline'), { asOf: TODAY });
    const f = report.findings.find((x) => x.ruleId === 'result.category')!;
    expect(f.status).toBe('fail');
    expect(f.fields.flatMap(fieldsForPath)[0]).toBe('result.category');
    // No entry date on that page: today is used, and 读取情况 says so.
    expect(model.lines.some((l) => l.field === 'result.uploadedOn' && l.used === TODAY)).toBe(true);
  });
});
