// The liaison page's view worker (src/ui/liaison/view.worker.ts) run as the page runs it: asked by message with a
// sequence number, it answers with the same number and the view of the records, or with the error, never silently.
// Issue 20: what it posts is counted here. The view holds counts, not findings, until the page opens a cell; a cell
// comes a page at a time; a report is made in the worker. (Counted, not timed: the count does not change with size.)
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleDossier, liaisonHtml, liaisonView, readListFile, recordSources, sheetsFromRecords, type StoredListRecord } from '../../src/core/liaison';
import { loadProfile } from '../../src/core/profiles';
import type { RecordsPart, ViewAnswer, WorkerAsk } from '../../src/ui/liaison/view-protocol';
import { PAGE_PART } from '../../src/ui/liaison/page-parts';
import { benchYearFiles } from '../../bench/liaison.bench';
import { liaisonKey } from '../../src/storage/liaison-records';

const posted: ViewAnswer[] = [];
const scope = { onmessage: undefined as undefined | ((ev: { data: WorkerAsk }) => void), postMessage: (a: ViewAnswer) => posted.push(structuredClone(a)) };
const ask = (m: WorkerAsk) => {
  scope.onmessage!({ data: structuredClone(m) });
  return posted[posted.length - 1];
};
/** The records posted as the page posts them: in parts of PAGE_PART, none answered. */
const hold = (gen: number, recs: RecordsPart['records']) => {
  const before = posted.length;
  for (let from = 0; from < recs.length; from += PAGE_PART) scope.onmessage!({ data: structuredClone({ type: 'records', gen, from, records: recs.slice(from, from + PAGE_PART) }) });
  expect(posted.length).toBe(before);
};

function records(results: number): Array<StoredListRecord & { key: string }> {
  const files = benchYearFiles(results);
  return [
    ...readListFile('tasks.csv', files.tasks).map((s) => ['tasks.csv', s] as const),
    ...readListFile('results.csv', files.results).map((s) => ['results.csv', s] as const),
  ].flatMap(([name, s]) => s.records.map((r) => ({ key: liaisonKey({ kind: s.account.kind!, row: r.row, values: r.values })!, kind: s.account.kind!, row: r.row, values: r.values, source: { kind: 'file' as const, name }, readAt: '2026-11-23T08:00:00Z' })));
}

/** Findings and result subjects anywhere in what was posted: objects with a `subject`, and subject ids of results. */
function findingsIn(x: unknown): { findings: number; results: number } {
  const n = { findings: 0, results: 0 };
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object' || ArrayBuffer.isView(v)) return;
    const o = v as Record<string, unknown>;
    if ('subject' in o) n.findings++;
    if (o.kind === 'result' && typeof o.id === 'string') n.results++;
    Object.values(o).forEach(walk);
  };
  walk(x);
  return n;
}

beforeAll(async () => {
  (globalThis as unknown as { self: typeof scope }).self = scope;
  await import('../../src/ui/liaison/view.worker');
});

describe('the liaison view worker', () => {
  const asOf = '2026-11-23';
  const recs = records(6000);
  const direct = () => {
    const { dossier, account } = assembleDossier(sheetsFromRecords(recs), { year: 2026, asOf });
    return { view: liaisonView(dossier, loadProfile('baseline'), { asOf, sources: recordSources(recs) }), account };
  };

  it('posts the view with counts only, then a cell a page at a time, then a report', { timeout: 300_000 }, () => {
    hold(1, recs as RecordsPart['records']);
    const a = ask({ seq: 7, gen: 1, count: recs.length, year: 2026, asOf, profileId: 'baseline' });
    if (a.ask !== 'view' || !('view' in a)) throw new Error(`the worker answered with ${JSON.stringify(a).slice(0, 200)}`);
    expect(a.seq).toBe(7);
    const { view, account } = direct();
    const cell = view.matrix.cells['区第1局']['result.publish-deadline'];
    expect(cell.fails).toBeGreaterThan(400);
    // Counts and colours as the page shows them, and not one finding: the posted message holds none.
    const counts = (m: { cells: Record<string, Record<string, { colour: string; fails: number; incomplete: number; passed: number }>> }) => Object.entries(m.cells).map(([dep, row]) => [dep, Object.entries(row).map(([r, c]) => [r, c.colour, c.fails, c.incomplete, c.passed])]);
    expect(counts(a.view.matrix)).toEqual(counts(view.matrix));
    expect(a.view.matrix.rules).toEqual(view.matrix.rules);
    expect(findingsIn(posted)).toEqual({ findings: 0, results: 0 });
    expect(Object.keys(a.view.matrix)).not.toContain('findings');
    expect(a.view.deadlines).toEqual(view.deadlines);
    expect(a.account).toEqual(account);
    expect(a.view.sources.map((s) => [s.name, s.rows])).toEqual([['tasks.csv', 60], ['results.csv', 6000]]);

    // The cell opened: its first page, then the next, each with no more than asked; together the cell's list.
    const pages: unknown[] = [];
    for (let from = 0; from < cell.fails + cell.incomplete; from += 200) {
      const before = posted.length;
      const p = ask({ type: 'cell', seq: 7, departmentId: '区第1局', ruleId: 'result.publish-deadline', from, count: 200 });
      expect(posted.length).toBe(before + 1);
      if (p.ask !== 'cell' || !('page' in p)) throw new Error(JSON.stringify(p));
      expect(p.page.from).toBe(from);
      expect(p.page.total).toBe(cell.fails + cell.incomplete);
      expect(findingsIn(p).findings).toBe(Math.min(200, p.page.total - from) * 2); // each subject and its finding
      pages.push(...p.page.subjects);
    }
    expect(pages).toEqual(cell.subjects);

    // A report of the view: made in the worker from the same view.
    const r = ask({ type: 'report', seq: 7, id: 3, format: 'html', generatedAt: '2026-11-23T09:00:00Z', departmentId: '区第1局' });
    if (r.ask !== 'report' || !('data' in r)) throw new Error(JSON.stringify(r));
    expect(r.id).toBe(3);
    expect(r.data).toBe(liaisonHtml(view, { generatedAt: '2026-11-23T09:00:00Z', departmentId: '区第1局' }));
  });

  it('says what went wrong, under the ask it answers (refused overrides; a cell of a view no longer held)', () => {
    const a = ask({ seq: 8, gen: 1, count: recs.length, year: 2026, asOf, profileId: 'baseline', overrides: { rules: { 'no.such-rule': { enabled: false } } } });
    expect(a).toMatchObject({ ask: 'view', seq: 8 });
    expect(a.ask === 'view' && 'error' in a && a.error).toMatch(/no\.such-rule/);
    const c = ask({ type: 'cell', seq: 7, departmentId: '区第1局', ruleId: 'result.publish-deadline', from: 0, count: 10 });
    expect(c.ask === 'cell' && 'error' in c && c.error).toMatch(/7/);
    const r = ask({ type: 'report', seq: 7, id: 4, format: 'xlsx', generatedAt: '2026-11-23T09:00:00Z' });
    expect(r.ask === 'report' && r.id === 4 && 'error' in r).toBe(true);
  });

  it('judges only the records it holds whole: a missing or stale part is said, never judged short', () => {
    const some = recs.slice(0, 3 * PAGE_PART + 17) as RecordsPart['records'];
    hold(2, some);
    const whole = ask({ seq: 9, gen: 2, count: some.length, year: 2026, asOf, profileId: 'baseline' });
    expect(whole.ask === 'view' && 'view' in whole).toBe(true);
    // The same records asked again under another year: no part posted, the view made from what is held.
    const again = ask({ seq: 10, gen: 2, count: some.length, year: 2025, asOf, profileId: 'baseline' });
    expect(again.ask === 'view' && 'view' in again && again.view.matrix.year).toBe(2025);
    // A part lost: the next one does not follow what is held and is dropped; the view names what arrived.
    scope.onmessage!({ data: { type: 'records', gen: 3, from: 0, records: some.slice(0, PAGE_PART) } });
    scope.onmessage!({ data: { type: 'records', gen: 3, from: 2 * PAGE_PART, records: some.slice(2 * PAGE_PART) } });
    const short = ask({ seq: 11, gen: 3, count: some.length, year: 2026, asOf, profileId: 'baseline' });
    expect(short).toMatchObject({ ask: 'view', seq: 11 });
    expect(short.ask === 'view' && 'error' in short && short.error).toContain(`${PAGE_PART} 条，应为 ${some.length} 条`);
    // A view asked of records another generation replaced: not judged on the newer ones.
    const old = ask({ seq: 12, gen: 2, count: some.length, year: 2026, asOf, profileId: 'baseline' });
    expect(old.ask === 'view' && 'error' in old).toBe(true);
  });
});
