// The benchmark's page: hands the picked file to the worker, watches the main thread for long tasks
// while it imports, then times a filtered count and loading a filtered library for a draw.
import { countObjects, loadLibrary, matching, RegistryDb } from '../src/storage/registry-db';
import { matchesOfRefs, rankOfDenseOf } from '../src/storage/draw-index';
import { DraDb } from '../src/storage/db';
import { importFileIntoDb } from '../src/storage/registry-import-job';
import { guessMapping } from '../src/core/registry-import';
import { previewInBackground } from '../src/background/draw-preview';
import { lastPreview } from '../src/background/indexed-preview';
import { lineCount } from '../src/storage/block-lines';

declare const WORKER_URL: string;
let maxGap = 0;
/** Workers kept alive after their answer while a CPU profile of them is taken (DRA_BENCH_PROFILE), ended by endWorkers(). */
const kept: Worker[] = [];
export const profiling = { keepWorkers: false };
export function endWorkers() {
  kept.splice(0).forEach((w) => w.terminate());
}

/**
 * A fresh worker for one request, ended after its answer (or kept for a CPU profile); with `writer`, a second worker
 * storing its chunks (as the registry page makes one), the two joined by a channel.
 */
function ask(m: Record<string, unknown>, writer = false) {
  return new Promise<Record<string, any>>((res) => {
    const w = new Worker(WORKER_URL);
    const second = writer ? new Worker('/writer.js') : undefined;
    const channel = second ? new MessageChannel() : undefined;
    if (second) second.postMessage({ port: channel!.port2 }, [channel!.port2]);
    w.onmessage = (ev) => {
      if (ev.data.type === 'progress') return;
      for (const x of [w, second]) if (x) profiling.keepWorkers ? kept.push(x) : x.terminate();
      res(ev.data);
    };
    w.postMessage(channel ? { ...m, writer: channel.port1 } : m, channel ? [channel.port1] : []);
  });
}

/**
 * The preview benchmark's registry of `rows` objects, written by the import's storage functions without a file
 * (stored-registry.ts); kept when a registry of that size is already active (a browser profile reused between runs).
 */
export async function generate(rows: number) {
  const held = await new RegistryDb('dra-registries-bench').registries.get('objects');
  if (held?.count === rows) return { kept: true, chunksMs: 0, finishMs: 0, index: {} };
  return ask({ type: 'generate', rows });
}

/**
 * The hash the import's index took from its spill file, against the same index built again from the stored blocks
 * alone (after the run's figures: its memory is not the import's).
 */
export async function rehash() {
  const db = new RegistryDb('dra-registries-bench');
  const meta = await db.registries.get('objects');
  const importedHash = meta && (await db.drawIndex.get(['objects', meta.activeGen]))?.objectsHash;
  const again = await ask({ type: 'rehash' });
  return { ms: again.ms as number, same: !!importedHash && importedHash === again.objectsHash, from: again.from as string };
}

/** The floors the import stands on (storage-floor.ts): the same bytes stored by IndexedDB alone, hashed by WebCrypto alone. */
export async function floor() {
  return ask({ type: 'floor' });
}

export async function run(o: { writer?: boolean } = {}) {
  const file = (document.querySelector('input[type=file]') as HTMLInputElement).files![0];
  // Long tasks as the observer reports them, kept with their start: only those inside the import count (the
  // buffered entries of the page's load and of the baseline arrive late, and once counted as the import's).
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((l) => tasks.push(...l.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  // A fresh worker per phase, ended after it: the baseline's garbage does not count against the import.
  const parsed = await ask({ type: 'parse', file });
  // The main thread's longest stall while the import runs: a 10 ms timer that should keep firing.
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last - 10);
    last = now;
  }, 10);
  const from = performance.now();
  const imported = await ask({ type: 'import', file, mapping: parsed.mapping }, o.writer ?? true);
  const to = performance.now();
  clearInterval(tick);
  tasks.push(...observer.takeRecords());
  observer.disconnect();
  const longest = Math.max(0, ...tasks.filter((e) => e.startTime >= from && e.startTime <= to).map((e) => e.duration));
  const db = new RegistryDb('dra-registries-bench');
  const time = async <T>(f: () => Promise<T>) => {
    const t = performance.now();
    try {
      const v = await f();
      return { ms: performance.now() - t, v };
    } catch (e) {
      console.error(e);
      return { ms: NaN, v: undefined as T };
    }
  };
  const total = await time(() => countObjects(db));
  const byClass = await time(() => countObjects(db, { filters: { creditClasses: ['D'] } }));
  const filtered = await time(() => countObjects(db, { filters: { creditClasses: ['C', 'D'], industries: ['餐饮服务'], flags: { abnormal: false } } }));
  const libraryFilters = { industries: ['餐饮服务'], regions: ['东城街道'] };
  // The library as a directed draw reads it: the posting lists intersected and marked on the draw index's ranks.
  // Its parts: reading the draw index (the background keeps it after its first preview), the posting lists, the marks.
  const parts = { index: 0, postings: 0, marks: 0 };
  const drawLibrary = await time(async () => {
    let t = performance.now();
    const lap = (k: keyof typeof parts) => ((parts[k] = performance.now() - t), (t = performance.now()));
    const meta = (await db.registries.get('objects'))!;
    const index = (await db.drawIndex.get(['objects', meta.activeGen]))!;
    const ranks = await rankOfDenseOf(db, index);
    lap('index');
    const refs = await matching(db, meta, { filters: libraryFilters });
    lap('postings');
    const n = matchesOfRefs(index, ranks, refs).reduce((a, m) => a + m, 0);
    lap('marks');
    return n;
  });
  // The same objects' full records, read from the blocks (every block holds some of them).
  const library = await time(() => loadLibrary(db, { filters: libraryFilters }));
  return {
    parsed: { ms: parsed.ms, rows: parsed.rows, counts: parsed.counts },
    imported: { writer: imported.writer as boolean, ms: imported.ms, chunksMs: imported.chunksMs, finishMs: imported.finishMs, index: imported.index, result: imported.result },
    longestTask: longest,
    maxGap,
    total: { ms: total.ms, n: total.v ?? NaN },
    byClass: { ms: byClass.ms, n: byClass.v ?? NaN },
    filtered: { ms: filtered.ms, n: filtered.v ?? NaN },
    library: { ms: library.ms, objects: library.v?.objects.length ?? 0 },
    drawLibrary: { ms: drawLibrary.ms, objects: drawLibrary.v ?? NaN, parts },
  };
}

// ---- The draw preview on the imported registry, as the background runs it (previewInBackground) ---------------

const INSPECTORS = ['姓名,执法证号,工作单位,业务部门,人员类别,是否专家,状态', ...Array.from({ length: 50 }, (_, i) => `检查员${i},执1100${String(i).padStart(2, '0')},区市场监管局,SCJG,行政执法类公务员,否,有效`)].join('\r\n');

/**
 * Time the preview of an undirected strategy at 5% over the whole imported registry (what the panel's click asks
 * the background for), twice with two seeds; baseline in the same run: reading every row of the registry from
 * its blocks, the floor of any preview that reads rows.
 */
export async function preview(opts: { baseline?: boolean } = {}) {
  const registries = new RegistryDb('dra-registries-bench');
  const head = INSPECTORS.split('\r\n')[0].split(',');
  await importFileIntoDb(registries, { kind: 'inspectors', file: new File([INSPECTORS], 'inspectors.csv'), mapping: guessMapping('inspectors', head), mode: 'replace' });
  const db = new DraDb('dra-bench');
  await db.settings.put({ key: 'department', value: 'SCJG' });
  const strategy = { entries: [{ itemId: 'SJ-001', quantityMode: 'ratio', target: 5 }], directed: false };
  const one = async (seed: string) => {
    const t = performance.now();
    const r = await previewInBackground(db, registries, { key: 'bench', url: 'http://127.0.0.1/bench', seed, taskId: 'RW-BENCH', strategy });
    // On screen: the answer the panel shows. Its parts as the background timed them; the records are kept after it.
    const ms = performance.now() - t;
    const parts = { ...lastPreview };
    const kept = r.ok ? await r.kept : undefined;
    return { ms, keptMs: performance.now() - t, saved: kept?.saved.length ?? 0, parts, drawn: r.ok ? r.preview.drawn : -1, library: r.ok ? r.preview.library : -1, error: r.ok ? r.preview.items[0].error?.en : r.error };
  };
  const first = await one('bench-1');
  const second = await one('bench-2');
  if (opts.baseline === false) return { first, second };
  // Each block's rows read and dropped (not parsed: parsing 5,000,000 objects at once would not fit the page).
  const t = performance.now();
  let objects = 0;
  await registries.blocks.where('[kind+gen+block]').between(['objects', -Infinity, -Infinity], ['objects', Infinity, Infinity]).each((b) => (objects += lineCount(b)));
  const baseline = { ms: performance.now() - t, objects };
  return { first, second, baseline };
}
