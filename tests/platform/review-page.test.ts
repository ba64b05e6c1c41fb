// @vitest-environment jsdom
/**
 * The result review page (结果审核公示) as the sandbox serves it, read through the sandbox adapter and judged: a result
 * that passes review is published that day, so publication within 20 working days of the check
 * (result.publish-deadline) is judged by the 审核日期 once 通过 is chosen, and as not yet published before; the result
 * category and same-day entry are judged from what was entered, shown read-only.
 */
import { describe, expect, it } from 'vitest';
import type { RecognisedPage } from '../../src/platform/recognise';
import { judgeServed, openServed, servedSandbox } from '../support/served-page';

const TODAY = '2026-11-23'; // the sandbox's own date, the 审核日期 it shows
const RULES = ['result.category', 'result.publish-deadline', 'result.upload-same-day'];

const served = servedSandbox('dra-review-page-');

/** RW-2026-004's results waiting for review (checked last week). */
const waiting = () => served.store.task('RW-2026-004')!.results.find((r) => r.state === '待审核' && !r.publishedOn)!;

const open = (objectId: string) => openServed(served, `syn/sccheck/pubscentresult/reviewpage?taskId=RW-2026-004&objectId=${encodeURIComponent(objectId)}`, 'results');
const judge = (doc: Document, page: RecognisedPage) => judgeServed(doc, page, TODAY, RULES);
const decide = (doc: Document, pass: '1' | '0') => (doc.querySelector<HTMLInputElement>(`input[name=pass][value="${pass}"]`)!.checked = true);

describe('the result review page', () => {
  it('the review list links each result waiting for review to its review page', async () => {
    const res = await fetch(`${served.url}syn/sccheck/pubscentresult?view=review`);
    expect(await res.text()).toMatch(new RegExp(`reviewpage\\?taskId=RW-2026-004&(amp;)?objectId=${waiting().objectId}`));
  });

  it('reads what was entered and the review; passed today, a check of last week is published in time: the three checks pass', async () => {
    const r = waiting();
    const { doc, page } = await open(r.objectId);
    decide(doc, '1');
    const j = judge(doc, page);
    expect(j.read.values).toMatchObject({ 'result.checkedOn': r.checkedOn, 'result.uploadedOn': r.uploadedOn, 'result.category': r.category, 'result.reviewPassed': true, 'result.reviewedOn': TODAY });
    expect(j.model.lines.find((l) => l.field === 'result.reviewedOn')?.used).toBe(TODAY);
    expect(j.verdicts).toEqual(RULES.map((id) => `${id}:pass`));
  });

  it('a check that ended 2026-09-15: passing it today publishes it late — an error at 审核日期; before deciding it is overdue unpublished', async () => {
    const r = waiting();
    const saved = { checkedOn: r.checkedOn, uploadedOn: r.uploadedOn };
    Object.assign(r, { checkedOn: '2026-09-15', uploadedOn: '2026-09-15' });
    try {
      const { doc, page } = await open(r.objectId);
      let j = judge(doc, page);
      let f = j.findings.find((x) => x.ruleId === 'result.publish-deadline')!;
      expect([f.status, f.messageId]).toEqual(['fail', 'notPublished']);
      expect(j.markedAt('result.publish-deadline')).toBe('result.reviewedOn');
      expect(j.model.lines.find((l) => l.field === 'result.reviewedOn')?.dropped?.zh).toContain('尚未选择审核结果');
      decide(doc, '1');
      j = judge(doc, page);
      f = j.findings.find((x) => x.ruleId === 'result.publish-deadline')!;
      expect([f.status, f.messageId, f.severity]).toEqual(['fail', 'late', 'error']);
      expect(f.message.zh).toContain(TODAY);
      expect(j.markedAt('result.publish-deadline')).toBe('result.reviewedOn');
      // Sent back, it is not published: the review day is dropped, with the reason.
      decide(doc, '0');
      j = judge(doc, page);
      expect(j.findings.find((x) => x.ruleId === 'result.publish-deadline')!.messageId).toBe('notPublished');
      expect(j.model.lines.find((l) => l.field === 'result.reviewedOn')?.dropped?.zh).toContain('不公示');
    } finally {
      Object.assign(r, saved);
    }
  });

  it('a result outside the nine categories is an error on the review page too', async () => {
    const r = waiting();
    const saved = r.category;
    r.category = '已关闭停业或正在组织清算';
    try {
      const { doc, page } = await open(r.objectId);
      decide(doc, '1');
      const j = judge(doc, page);
      expect(j.failing).toEqual(['result.category']);
      expect(j.markedAt('result.category')).toBe('result.category');
    } finally {
      r.category = saved;
    }
  });

  it('submitting the review form publishes the result with the day shown', async () => {
    const r = waiting();
    const res = await fetch(`${served.url}syn/sccheck/pubscentresult/review?taskId=RW-2026-004&objectId=${encodeURIComponent(r.objectId)}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'pass=1' });
    expect(await res.json()).toMatchObject({ success: true });
    const after = served.store.task('RW-2026-004')!.results.find((x) => x.objectId === r.objectId)!;
    expect([after.state, after.publishedOn]).toEqual(['已公示', TODAY]);
  });
});
