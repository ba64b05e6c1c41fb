// The liaison page's view worker (src/ui/liaison/view.worker.ts) run as the page runs it: asked by message with a
// sequence number, it answers with the same number and the view of the records, or with the error, never silently.
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleDossier, liaisonView, readListFile, sheetsFromRecords, type StoredListRecord } from '../../src/core/liaison';
import { loadProfile } from '../../src/core/profiles';
import type { ViewAnswer, ViewAsk } from '../../src/ui/liaison/view-protocol';
import { benchYearFiles } from '../../bench/liaison.bench';

const answers: ViewAnswer[] = [];
const scope = { onmessage: undefined as undefined | ((ev: { data: ViewAsk }) => void), postMessage: (a: ViewAnswer) => answers.push(a) };

function records(): StoredListRecord[] {
  const files = benchYearFiles(1200);
  return [
    ...readListFile('tasks.csv', files.tasks).map((s) => ['tasks.csv', s] as const),
    ...readListFile('results.csv', files.results).map((s) => ['results.csv', s] as const),
  ].flatMap(([name, s]) => s.records.map((r) => ({ kind: s.account.kind!, row: r.row, values: r.values, source: { kind: 'file' as const, name }, readAt: '2026-11-23T08:00:00Z' })));
}

beforeAll(async () => {
  (globalThis as unknown as { self: typeof scope }).self = scope;
  await import('../../src/ui/liaison/view.worker');
});

describe('the liaison view worker', () => {
  it('answers an ask with its sequence number and the same view the page would compute itself', { timeout: 120_000 }, () => {
    const recs = records();
    scope.onmessage!({ data: { seq: 7, records: recs as ViewAsk['records'], year: 2026, asOf: '2026-11-23', profileId: 'baseline' } });
    const a = answers.pop()!;
    expect(a.seq).toBe(7);
    if (!('view' in a)) throw new Error(`the worker answered with an error: ${a.error}`);
    const { dossier, account } = assembleDossier(sheetsFromRecords(recs), { year: 2026, asOf: '2026-11-23' });
    const direct = liaisonView(dossier, loadProfile('baseline'), { asOf: '2026-11-23' });
    expect(a.view.matrix).toEqual(direct.matrix);
    // The page receives a structured copy: the findings, made when first read (issue 20), are in it.
    const copied = structuredClone(a.view);
    expect(copied.matrix.cells['区第1局']['result.publish-deadline'].subjects.length).toBe(direct.matrix.cells['区第1局']['result.publish-deadline'].fails);
    expect(direct.matrix.cells['区第1局']['result.publish-deadline'].fails).toBeGreaterThan(0);
    expect(copied.matrix).toEqual(direct.matrix);
    expect(a.view.deadlines).toEqual(direct.deadlines);
    expect(a.account).toEqual(account);
    expect(a.view.sources.map((s) => [s.name, s.rows])).toEqual([['tasks.csv', 12], ['results.csv', 1200]]);
  });

  it('says what went wrong, under the ask it answers (refused overrides)', () => {
    scope.onmessage!({ data: { seq: 8, records: [], year: 2026, asOf: '2026-11-23', profileId: 'baseline', overrides: { rules: { 'no.such-rule': { enabled: false } } } } });
    const a = answers.pop()!;
    expect(a.seq).toBe(8);
    expect('error' in a && a.error).toMatch(/no\.such-rule/);
  });
});
