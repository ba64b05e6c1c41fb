import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/rules/types';
import { relevantFindings, rulesOfPage } from '../../src/ui/relevant-findings';
import { recognisePage } from '../../src/platform/recognise';

const f = (ruleId: string, status: Finding['status'], fields: string[] = []): Finding =>
  ({ ruleId, status, severity: 'error', fields, subject: { kind: 'result', id: 'editing/x' }, message: { zh: ruleId, en: ruleId }, citations: [], risk: [] }) as unknown as Finding;

const spec = (path: string) => recognisePage(`http://127.0.0.1:8765${path}`)!.spec;

describe('the findings a result-entry or inspector-draw page lists', () => {
  it('are those of the rules its fields feed (the vocabulary says which)', () => {
    expect([...rulesOfPage(spec('/syn/sccheck/pubscentresult/edit?taskId=T&objectId=O'))].sort()).toEqual(['result.category', 'result.publish-deadline', 'result.upload-same-day']);
    expect([...rulesOfPage(spec('/syn/pub/server/sccheck/entagent?taskId=T'))].sort()).toEqual(['strategy.min-inspectors-per-object', 'strategy.recusal']);
  });
  it('drop the rules judging what the page never shows (告知, 记录表签字, 名录库类别 …)', () => {
    const all = [f('result.publish-deadline', 'fail', ['plans[0].tasks[0].results[0].publishedOn']), f('result.notify-object', 'incomplete'), f('result.joint-record-signed', 'incomplete'), f('strategy.inspector-in-registry', 'incomplete'), f('strategy.recusal', 'fail')];
    expect(relevantFindings('results', all, spec('/syn/sccheck/pubscentresult/edit?taskId=T&objectId=O')).map((x) => x.ruleId)).toEqual(['result.publish-deadline']);
    expect(relevantFindings('inspectors', all, spec('/syn/pub/server/sccheck/entagent?taskId=T')).map((x) => x.ruleId)).toEqual(['strategy.recusal']);
  });
});
