// The liaison view over a large year: 12 departments, tasks of 100 results each (a third joint), read
// from a CSV export, then judged and laid out per department. Baseline, in the same run: the engine's
// own evaluate() of the same dossier with the same profile (the ratio compares across machines).
// DRA_BENCH_RESULTS sets the year's results (default 24,000: 240 tasks; a province's year is 1,000,000).
import { Dossier } from '../src/core/model';
import { evaluate } from '../src/core/rules/evaluate';
import { loadProfile } from '../src/core/profiles';
import { chinaCalendar } from '../src/core/calendar';
import { serialize } from 'node:v8';
import { assembleDossier, cellPage, countsOnly, liaisonView, liaisonXlsx, readListFile } from '../src/core/liaison';
import { fmtMs, measure, record, type BenchSuite } from './harness';
import { liaisonKey } from '../src/storage/liaison-records';
import { yearViewer, type KeyedListRecord } from '../src/core/liaison';
import { runLiaisonPage } from './liaison-page';

const DEPS = Array.from({ length: 12 }, (_, i) => `区第${i + 1}局`);
const pad = (n: number) => String(n).padStart(2, '0');

function csv(rows: Array<Array<string | number>>): Uint8Array {
  return new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n'));
}

export function benchYearFiles(results_ = 24_000) {
  const tasks: Array<Array<string | number>> = [['任务编号', '抽查任务名称', '任务类型', '任务组织部门', '任务参与部门', '任务期限', '抽取目标总户数']];
  const results: Array<Array<string | number>> = [['任务编号', '被检查对象', '统一社会信用代码', '检查结果', '检查日期', '录入日期', '公示日期']];
  for (let t = 0; t < Math.ceil(results_ / 100); t++) {
    const lead = DEPS[t % DEPS.length];
    const joint = t % 3 === 0;
    const m = 3 + (t % 8);
    tasks.push([`T${t}`, `任务${t}`, joint ? '跨部门双随机抽查' : '本部门双随机抽查', lead, joint ? DEPS[(t + 1) % DEPS.length] : '', `2026-${pad(m)}-01 至 2026-${pad(m + 2)}-28`, 100]);
    for (let r = 0; r < 100; r++) {
      const day = pad(1 + (r % 27));
      results.push([`T${t}`, `对象${r}`, `9111${String(t * 1000 + r).padStart(14, '0')}`, '未发现问题', `2026-${pad(m)}-${day}`, `2026-${pad(m)}-${day}`, r % 10 ? `2026-${pad(m + 1)}-${day}` : '']);
    }
  }
  return { tasks: csv(tasks), results: csv(results) };
}

/** A file added to the year: `n` results of new objects in its first tasks, checked in March and not yet published. */
export function benchMoreResults(n = 1000): Uint8Array {
  const rows: Array<Array<string | number>> = [['任务编号', '被检查对象', '统一社会信用代码', '检查结果', '检查日期', '录入日期', '公示日期']];
  for (let i = 0; i < n; i++) rows.push([`T${Math.floor(i / 100)}`, `新对象${i}`, `9199${String(i).padStart(14, '0')}`, '未发现问题', `2026-03-${pad(2 + (i % 20))}`, `2026-03-${pad(2 + (i % 20))}`, '']);
  return csv(rows);
}

/** The files' rows as the store lists them (keyed, in key order), read at the given time. */
function storeRecords(list: Array<[string, Uint8Array]>, readAt: string): KeyedListRecord[] {
  return list
    .flatMap(([name, bytes]) => readListFile(name, bytes).flatMap((s) => s.records.map((r) => ({ kind: s.account.kind!, row: r.row, values: r.values as Record<string, unknown>, source: { kind: 'file' as const, name }, readAt }))))
    .map((r) => ({ ...r, key: liaisonKey(r)! }));
}

const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const kib = (b: number) => `${(b / 2 ** 10).toFixed(0)} KiB`;

const suite: BenchSuite = {
  name: 'liaison',
  async run() {
    const size = Number(process.env.DRA_BENCH_RESULTS ?? 24_000);
    const runs = size > 100_000 ? 1 : 5;
    const profile = loadProfile('baseline');
    const calendar = chinaCalendar();
    const asOf = '2026-11-23';
    const files = benchYearFiles(size);
    const read = () => assembleDossier([...readListFile('tasks.csv', files.tasks), ...readListFile('results.csv', files.results)], { asOf });
    const { dossier } = read();
    const d: Dossier = dossier;
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const base = measure('evaluate (baseline)', () => evaluate(d, profile, { asOf, calendar }), { runs, warmup: runs > 1 ? 1 : 0 });
    const reading = measure('read 2 csv + assemble', read, { runs, warmup: runs > 1 ? 1 : 0 });
    const view = measure('liaisonView', () => liaisonView(d, profile, { asOf, calendar }), { runs, warmup: runs > 1 ? 1 : 0 });
    const v = liaisonView(d, profile, { asOf, calendar });
    global.gc?.();
    const heap1 = process.memoryUsage().heapUsed;
    // What the user waits for: the two files read to the table on screen (Node; the page adds the worker's copy).
    const filesToView = measure('files → view', () => liaisonView(read().dossier, profile, { asOf, calendar }), { runs, warmup: runs > 1 ? 1 : 0 });
    // Opening the first department's 20-working-day cell: its findings made (the rule run over every result).
    const cellOf = (x: typeof v) => x.matrix.cells[DEPS[0]]['result.publish-deadline'];
    const open = measure('open a cell', () => cellOf(liaisonView(d, profile, { asOf, calendar })).subjects.length, { runs, warmup: runs > 1 ? 1 : 0 });
    // What the liaison page does instead: the first 200 rows of that cell, made from the tasks they lie in (a view
    // whose lists are not made), and the bytes the worker posts for the view (counts only) and for that page.
    const fresh = liaisonView(d, profile, { asOf, calendar });
    const firstPage = () => cellPage(fresh.matrix, DEPS[0], 'result.publish-deadline', 0, 200);
    const page1 = measure('open a cell: 200 rows', firstPage, { runs, warmup: runs > 1 ? 1 : 0 });
    const viewBytes = serialize(countsOnly(fresh)).length;
    const pageBytes = serialize(firstPage()).length;
    const opened = cellOf(v).subjects.length;
    const xlsx = size > 100_000 ? undefined : measure('xlsx report', () => liaisonXlsx(v, { generatedAt: asOf }), { runs, warmup: 1 });
    const n = d.plans.reduce((s, p) => s + p.tasks.reduce((k, t) => k + t.results.length, 0), 0);
    const results = n.toLocaleString('en');
    // A file of 1,000 results added to the year, as the page's worker makes the view (yearViewer): the records
    // compared with the last view's, the tasks touched judged; baseline the same records' view from scratch.
    const more = benchMoreResults(1000);
    const before = storeRecords([['tasks.csv', files.tasks], ['results.csv', files.results]], '2026-11-23T08:00:00Z');
    const after = [...before, ...storeRecords([['more.csv', more]], '2026-11-23T09:00:00Z')].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const ask = { year: 2026, asOf, profile, key: 'bench', calendar };
    const scratch = measure('file added: from scratch', () => yearViewer()(after, ask), { runs, warmup: runs > 1 ? 1 : 0 });
    const viewers = Array.from({ length: runs + (runs > 1 ? 1 : 0) }, () => {
      const v = yearViewer();
      v(before, ask);
      return v;
    });
    let next = 0;
    const added = measure('file added: incremental', () => viewers[next++](after, ask), { runs, warmup: runs > 1 ? 1 : 0 });
    record({ suite: 'liaison', measure: `liaison file of 1,000 results added to a year of ${results} (Node, the page worker's incremental view)`, ms: added.medianMs, baselineMs: scratch.medianMs, baseline: 'the same records judged from scratch', note: 'the 10 tasks touched judged again; records compared, assembled and counted for the year' });
    // The page itself (the built extension in headless Chromium), on a year of at most DRA_BENCH_PAGE_RESULTS.
    const pageSize = Math.min(size, Number(process.env.DRA_BENCH_PAGE_RESULTS ?? 100_000));
    const pageFiles = pageSize === size ? files : benchYearFiles(pageSize);
    const nodeFiles = pageSize === size ? filesToView : measure('files → view (page year)', () => liaisonView(assembleDossier([...readListFile('tasks.csv', pageFiles.tasks), ...readListFile('results.csv', pageFiles.results)], { asOf }).dossier, profile, { asOf, calendar }), { runs: 1, warmup: 0 });
    const page = await runLiaisonPage({ ...pageFiles, more }, DEPS[0]).catch((e: Error) => e.message);
    const pageLines: string[] = [];
    if (typeof page === 'string') pageLines.push(`liaison page (Chromium): not run, ${page}`);
    else {
      const task = (ms: number) => (ms ? fmtMs(ms) : 'none ≥ 50 ms');
      const shown = pageSize.toLocaleString('en');
      record({ suite: 'liaison', measure: `liaison page, files to view, ${shown} results (headless Chromium: read on the page, saved, judged in the worker)`, ms: page.filesToViewMs, baselineMs: nodeFiles.medianMs, baseline: 'Node: read 2 CSV, assemble, view (same year)', memory: page.peak, note: `longest main-thread task ${task(page.longestTask)}; a file of 1,000 results added: ${fmtMs(page.addFileMs)} (longest task ${task(page.longestTaskAdding)})` });
      pageLines.push(
        `liaison page (Chromium, ${shown} results): files to view ${fmtMs(page.filesToViewMs)} (×${(page.filesToViewMs / nodeFiles.medianMs).toFixed(2)} of Node's files → view ${fmtMs(nodeFiles.medianMs)}), longest main-thread task ${task(page.longestTask)}; peak memory (PSS, all processes) ${mib(page.peak)}`,
        `liaison page: a file of 1,000 results added ${fmtMs(page.addFileMs)} (×${(page.addFileMs / page.filesToViewMs).toFixed(2)} of the year's files to view), longest main-thread task ${task(page.longestTaskAdding)}`,
      );
    }
    record({ suite: 'liaison', measure: `liaison view, ${results} results (Node)`, ms: view.medianMs, baselineMs: base.medianMs, baseline: 'evaluate() of the same dossier', targetMs: n >= 1_000_000 ? 3000 : undefined, memory: heap1 - heap0 });
    record({ suite: 'liaison', measure: `liaison files to view, ${results} results (Node: read 2 CSV, assemble, view)`, ms: filesToView.medianMs, baselineMs: base.medianMs, baseline: 'evaluate() of the same dossier', note: `reading alone ${fmtMs(reading.medianMs)}; opening a cell of ${opened.toLocaleString('en')} findings ${fmtMs(open.medianMs - view.medianMs)} more` });
    record({ suite: 'liaison', measure: `liaison cell opened, first 200 of ${opened.toLocaleString('en')} findings (Node, as the page's worker makes it)`, ms: page1.medianMs, baselineMs: open.medianMs - view.medianMs, baseline: 'every finding of the rule made (the whole list)', targetMs: n >= 1_000_000 ? 1000 : undefined, note: `the worker posts the view in ${kib(viewBytes)} (counts only) and the page in ${kib(pageBytes)}` });
    return [
      `year: ${DEPS.length} departments, ${d.plans.reduce((s, p) => s + p.tasks.length, 0)} tasks, ${n} results; heap in use after the view ${mib(heap1)} (+${mib(heap1 - heap0)})`,
      ...[base, reading, view, filesToView, open, page1, scratch, added, ...(xlsx ? [xlsx] : [])].map((m) => `${m.name.padEnd(24)} median ${fmtMs(m.medianMs)}  p95 ${fmtMs(m.p95Ms)}  ×${(m.medianMs / base.medianMs).toFixed(2)} of evaluate`),
      `the opened cell (${DEPS[0]}, 20 working days to publish) lists ${opened} findings; the page's worker posts the view in ${kib(viewBytes)} (counts only), its first 200 rows in ${kib(pageBytes)}`,
      ...(n >= 1_000_000 ? [`target: a cell's first rows ≤ 1 s: ${page1.medianMs <= 1000 ? 'met' : 'NOT met'}`] : []),
      ...(n >= 1_000_000 ? [`target: the liaison view of 1,000,000 results ≤ 3 s: ${view.medianMs <= 3000 ? 'met' : 'NOT met'}`] : []),
      `a file of 1,000 results added: ${fmtMs(added.medianMs)} incremental, ${fmtMs(scratch.medianMs)} from scratch (×${(added.medianMs / scratch.medianMs).toFixed(2)})`,
      ...pageLines,
    ];
  },
};

export default suite;
