// @vitest-environment jsdom
/**
 * The result-entry page (检查结果录入) as the sandbox serves it, read through the sandbox adapter and judged:
 * same-day entry (result.upload-same-day), publication within 20 working days (result.publish-deadline) and a
 * category of the nine (result.category), each at the field the page shows; the other result rules judge what
 * this page never shows and are not the panel's here.
 */
import { describe, expect, it } from 'vitest';
import type { RecognisedPage } from '../../src/platform/recognise';
import { readForm } from '../../src/platform/read-form';
import { blankForm } from '../../src/platform/blank-form';
import { evaluate } from '../../src/core/rules/evaluate';
import { Dossier } from '../../src/core/model';
import { fieldsForPath, pageModel } from '../../src/platform/to-model';
import { loadProfile } from '../../src/core/profiles';
import { judgeServed, openServed, servedSandbox } from '../support/served-page';

const TODAY = '2026-11-23'; // the sandbox's own date (its header), a Monday

const served = servedSandbox('dra-result-page-');

/** RW-2026-004's objects: the first four published, the last ones not entered yet. */
const task = () => served.store.task('RW-2026-004')!;
const notEntered = () => task().draw!.objectIds.find((id) => !task().results.some((r) => r.objectId === id))!;

const open = (objectId: string) => openServed(served, `syn/sccheck/pubscentresult/edit?taskId=RW-2026-004&objectId=${encodeURIComponent(objectId)}`, 'results');

/** What the user typed or picked: the check date, the result, the reason. */
function fill(doc: Document, v: { checkedOn?: string; category?: string; reason?: string }) {
  if (v.checkedOn !== undefined) doc.querySelector<HTMLInputElement>('input[name=checkedOn]')!.value = v.checkedOn;
  if (v.category !== undefined) doc.querySelector<HTMLSelectElement>('select[name=category]')!.value = v.category;
  if (v.reason !== undefined) doc.querySelector<HTMLInputElement>('input[name=uploadDelayReason]')!.value = v.reason;
}

const judge = (doc: Document, page: RecognisedPage) => judgeServed(doc, page, TODAY, ['result.category', 'result.publish-deadline', 'result.upload-same-day']);

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
