// `npm run bench -- import`: a generated 1,000,000-row object registry CSV (~200 MB, in a temp dir)
// imported into IndexedDB in headless Chromium by the product's import code in a worker: rows/s, peak
// memory of the browser's processes, the page's longest main-thread block, then a filtered count and
// a filtered library load over the million rows. Baseline (same run): reading and validating the
// same file in the same worker without storage. DRA_BENCH_ROWS changes the row count.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type CDPSession } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../tests/support/chromium';
import { fmtMs, mibPerS, record, type BenchSuite } from './harness';
import { writeObjectCsv } from './registry-csv';
import { startProfile, stopProfile } from './cpu-profile';
import { treeByType, treeRss } from './tree-rss';
import { appendFileSync } from 'node:fs';
import { serveBenchPage } from './bench-page';

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MiB`;
const kib = (b: number) => `${Math.round(b / 1024).toLocaleString()} KiB`;
const num = (n: number | null | undefined) => (typeof n === 'number' ? n.toLocaleString() : 'n/a');
const ms = (n: number | null | undefined) => (typeof n === 'number' ? fmtMs(n) : 'failed');

const suite: BenchSuite = {
  name: 'import',
  async run() {
    const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(exe)) return [`chromium: not installed at ${exe}, skipped`];
    const rows = Number(process.env.DRA_BENCH_ROWS ?? 1_000_000);
    const dir = mkdtempSync(join(tmpdir(), 'dra-bench-import-'));
    const csv = join(dir, 'objects-1m.csv');
    let t = performance.now();
    await writeObjectCsv(csv, rows);
    const genMs = performance.now() - t;
    const size = statSync(csv).size;
    const { server, port } = await serveBenchPage();
    const browser = await puppeteer.launch({ executablePath: exe, headless: true, protocolTimeout: Math.max(1_800_000, rows * 1.8), timeout: 180_000, args: CHROMIUM_ARGS });
    let peak = 0;
    const pid = browser.process()!.pid!;
    // When the peak came (ms since the run began), to say which phase holds the memory.
    let peakAt = 0;
    let runFrom = performance.now();
    const sampler = setInterval(() => {
      const now = treeRss(pid);
      if (now > peak) [peak, peakAt] = [now, performance.now() - runFrom];
    }, 250);
    // DRA_BENCH_MEMLOG=FILE: every second, each process type's PSS and each worker's and the page's JS heap: used/committed/ArrayBuffers (MiB), a JSON line each.
    const memlog = process.env.DRA_BENCH_MEMLOG;
    const heaps = new Map<string, CDPSession>();
    const memSampler = memlog
      ? setInterval(async () => {
          const at = Math.round((performance.now() - runFrom) / 1000);
          const byType = Object.fromEntries(Object.entries(treeByType(pid)).map(([k, v]) => [k, Math.round(v / 1048576)]));
          // Each heap's used and committed JS heap, and its ArrayBuffers' backing stores (where Chromium reports them).
          const js: Record<string, string> = {};
          const usage = (h: Record<string, number>) => ['usedSize', 'totalSize', 'backingStorageSize'].map((k) => (k in h ? Math.round(h[k] / 1048576) : '-')).join('/');
          for (const [id, s] of heaps) await s.send('Runtime.getHeapUsage').then((h) => (js[id.includes('worker') ? `worker${id.slice(-1)}` : id] = usage(h as never))).catch(() => heaps.delete(id));
          if (pageClient) await pageClient.send('Runtime.getHeapUsage').then((h) => (js.page = usage(h as never))).catch(() => undefined);
          appendFileSync(memlog, `${JSON.stringify({ at, ...byType, js })}\n`);
        }, 1000)
      : undefined;
    let pageClient: CDPSession | undefined;
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load', timeout: 0 });
      const idle = treeRss(pid);
      await (await page.$('input[type=file]'))!.uploadFile(csv);
      // DRA_BENCH_PROFILE=DIR: a CPU profile of each worker (the baseline's, the import's) and of the page's preview.
      const profileDir = process.env.DRA_BENCH_PROFILE;
      const profiles: string[] = [];
      const workerSessions: Array<Promise<{ name: string; client: CDPSession }>> = [];
      let mains = 0;
      if (memlog) page.on('workercreated', (w) => heaps.set(w.url() + heaps.size, w.client));
      if (memlog) pageClient = await page.createCDPSession();
      if (profileDir) {
        await page.evaluate(() => ((window as unknown as { DraImportBench: { profiling: { keepWorkers: boolean } } }).DraImportBench.profiling.keepWorkers = true));
        page.on('workercreated', (w) => {
          // The writer worker by its script; the others in the order the page makes them.
          const name = w.url().endsWith('/writer.js') ? 'writer-worker' : (['baseline-worker', 'import-worker', 'rehash-worker', 'floor-worker'][mains++] ?? `worker-${mains}`);
          workerSessions.push(startProfile(w.client).then(() => ({ name, client: w.client })));
        });
      }
      t = runFrom = performance.now();
      [peak, peakAt] = [0, 0];
      // DRA_BENCH_WRITER=0: the chunks stored by the import worker itself, as before the writer worker.
      const writer = process.env.DRA_BENCH_WRITER !== '0';
      const r = await page.evaluate((w) => (window as unknown as { DraImportBench: { run(o: { writer: boolean }): Promise<Record<string, any>> } }).DraImportBench.run({ writer: w }), writer);
      const wall = performance.now() - t;
      const [importPeak, importPeakAt] = [peak, peakAt];
      // Checked by default up to 1,000,000 rows (19 s there); at 5,000,000 it takes minutes: DRA_BENCH_REHASH=1.
      if (rows <= 1_000_000 || process.env.DRA_BENCH_REHASH === '1') r.rehash = await page.evaluate(() => (window as unknown as { DraImportBench: { rehash(): Promise<Record<string, any>> } }).DraImportBench.rehash());
      // The floors under the import (storage-floor.ts), after its figures: their memory and time are not the import's.
      const floor = process.env.DRA_BENCH_FLOOR === '0' ? undefined : await page.evaluate(() => (window as unknown as { DraImportBench: { floor(): Promise<Record<string, any>> } }).DraImportBench.floor());
      // The run's phases as the page timed them: the baseline's worker, then the import's chunks, then its switch.
      const phase = importPeakAt <= r.parsed.ms ? 'the parse + validate baseline' : importPeakAt <= r.parsed.ms + r.imported.chunksMs ? "the import's chunks" : importPeakAt <= r.parsed.ms + r.imported.ms ? "the import's switch (postings, draw index)" : 'the counts and library loads after the import';
      for (const s of workerSessions) {
        const { name, client } = await s;
        profiles.push(...(await stopProfile(client, profileDir!, name)));
      }
      if (profileDir) await page.evaluate(() => (window as unknown as { DraImportBench: { endWorkers(): void } }).DraImportBench.endWorkers());
      peak = treeRss(pid);
      const pageSession = profileDir ? await page.createCDPSession() : undefined;
      if (pageSession) await startProfile(pageSession);
      const pv = await page.evaluate(() => (window as unknown as { DraImportBench: { preview(): Promise<Record<string, any>> } }).DraImportBench.preview());
      if (pageSession) profiles.push(...(await stopProfile(pageSession, profileDir!, 'preview-page')));
      const previewPeak = peak;
      const imported = r.imported.result as { read: number; imported: number; rejected: number };
      const rate = imported.read / (r.imported.ms / 1000);
      const parseRate = r.parsed.counts.read / (r.parsed.ms / 1000);
      record({ suite: 'import', measure: `registry import, ${rows.toLocaleString('en')} rows (headless Chromium, worker)`, ms: r.imported.ms, baselineMs: r.parsed.ms, baseline: 'parse + validate alone', targetRatio: 1.5, ...(rows < 5_000_000 ? { targetAt: '5,000,000 rows' } : {}), targetMs: (rows / 100_000) * 1000, memory: importPeak, note: `${Math.round(rate).toLocaleString('en')} rows/s; longest main-thread task ${r.longestTask ? fmtMs(r.longestTask) : '< 50 ms'} (≤ 100 ms: ${met(r.longestTask <= 100)}); peak < 1.5 GiB: ${met(importPeak < 1.5 * 2 ** 30)}${floor ? `; floor, the same bytes stored by IndexedDB alone: ${ms(floor.storeMs)} (${(floor.storeMs / r.parsed.ms).toFixed(2)}× the baseline)` : ''}` });
      record({ suite: 'import', measure: `filtered library for a directed draw, ${num(r.drawLibrary.objects)} of ${rows.toLocaleString('en')} objects (posting lists on the draw index; Chromium)`, ms: r.drawLibrary.ms, targetMs: 300, note: `the same objects' full records read from the blocks: ${ms(r.library.ms)}` });
      record({ suite: 'preview', measure: `draw preview, ${num(pv.second.library)} imported objects (Chromium, as the background runs it)`, ms: pv.second.ms, baselineMs: pv.baseline.ms, baseline: 'read every stored row', targetMs: 2000, ...(rows < 5_000_000 ? { targetAt: '5,000,000 objects' } : {}), memory: previewPeak, note: `first ${ms(pv.first.ms)}` });
      return [
        `chromium ${await browser.version()}; ${rows.toLocaleString()} rows, ${mb(size)} CSV (generated in ${(genMs / 1000).toFixed(1)} s, not committed)`,
        `baseline, read + decode + parse + validate without storage (worker): ${(r.parsed.ms / 1000).toFixed(1)} s = ${Math.round(parseRate).toLocaleString()} rows/s`,
        `import into IndexedDB (worker, chunks of 10,000, ${r.imported.writer ? 'stored by a second worker while the next is parsed' : 'stored by the import worker itself (DRA_BENCH_WRITER=0)'}, staging generation, switch at the end): ${(r.imported.ms / 1000).toFixed(1)} s = ${Math.round(rate).toLocaleString()} rows/s (target ≥ 100,000: ${met(rate >= 100_000)}); ratio to baseline ${(r.imported.ms / r.parsed.ms).toFixed(2)}× (target ≤ 1.5×: ${met(r.imported.ms <= 1.5 * r.parsed.ms)})`,
        `  chunks (read, validate, write) ${(r.imported.chunksMs / 1000).toFixed(1)} s, then the switch (merge, postings, draw index, one transaction) ${(r.imported.finishMs / 1000).toFixed(1)} s; counts: read ${imported.read.toLocaleString()}, imported ${imported.imported.toLocaleString()}, rejected ${imported.rejected}`,
        `  draw index: read keys ${ms(r.imported.index?.keys)} (${num(r.imported.index?.keyRowsRead)} key rows read back from IndexedDB; 0: the import's own; ids ${r.imported.index?.idsFrom === 'import' ? 'as the import accepted them, not copied' : 'from the key rows'}), sort the codes ${ms(r.imported.index?.sort)}, hash every row (from ${r.imported.index?.from === 'spill' ? `the import's spill file, ${r.imported.index?.slices} slice(s) of ranks` : r.imported.index?.from === 'memory' ? "the import's lines in memory" : 'the stored blocks'}; ${r.imported.index?.passes} pass(es) over the blocks) ${ms(r.imported.index?.hash)}, write ${ms(r.imported.index?.write)}`,
        r.rehash ? `  the index's hash against the same index built again from the stored blocks alone (${r.rehash.from}, ${ms(r.rehash.ms)}): ${r.rehash.same ? 'the same' : 'DIFFERENT'}` : `  the index's hash not checked against a rebuild from the blocks (DRA_BENCH_REHASH=1 does, for minutes at this size)`,
        ...(floor
          ? [
              `  floor, storing: the import's ${num(floor.blocks)} blocks and their key rows (${mb(floor.bytes)} of lines) stored again by IndexedDB alone, in ${num(floor.chunks)} transactions shaped as the import's, nothing read or parsed: ${ms(floor.storeMs)} = ${(floor.storeMs / r.parsed.ms).toFixed(2)}× the baseline (${floor.storeMs >= 1.5 * r.parsed.ms ? 'over the 1.5× target before anything is read or parsed' : `the 1.5× target leaves ${ms(1.5 * r.parsed.ms - floor.storeMs)} for reading, parsing, validating, encoding and hashing`}; ${num(floor.cores)} logical processors, shared with the storing)`,
              `  floor, hashing: WebCrypto SHA-256 over as many bytes, in the draw's chunks of 4,096 lines (${kib(floor.hash.chunkBytes)} each, fixed by the draw's specification) ${ms(floor.hash.ms)} = ${mibPerS(floor.bytes, floor.hash.ms)}; in pieces of ${kib(floor.hashPieces.chunkBytes)} ${ms(floor.hashPieces.ms)} = ${mibPerS(floor.bytes, floor.hashPieces.ms)}; ${((floor.hash.callMs / floor.hash.ms) * 100).toFixed(0)}% of it inside the digest() calls (this Chromium hashes on the calling thread, not beside it)`,
            ]
          : ['  floors not measured (DRA_BENCH_FLOOR=0)']),
        `peak memory, all Chromium processes (PSS): ${mb(importPeak)} (idle page ${mb(idle)}; reached ${(importPeakAt / 1000).toFixed(0)} s into the run, during ${phase}; target < 1.5 GiB: ${met(importPeak < 1.5 * 2 ** 30)})`,
        `longest main-thread task during the import: ${r.longestTask ? fmtMs(r.longestTask) : 'none ≥ 50 ms'} (target ≤ 100 ms: ${met(r.longestTask <= 100)}); a 10 ms timer's worst lateness ${fmtMs(r.maxGap)} (the machine's load counts in it too)`,
        `count all (${num(r.total.n)}): ${ms(r.total.ms)}; count class D (${num(r.byClass.n)}, by index): ${ms(r.byClass.ms)}`,
        `filtered count C+D · 餐饮服务 · not abnormal (${num(r.filtered.n)}): ${ms(r.filtered.ms)}`,
        `filtered library for a directed draw, 餐饮服务 · 东城街道 (${num(r.drawLibrary.objects)} objects): posting lists intersected and marked on the draw index ${ms(r.drawLibrary.ms)} (reading the index ${ms(r.drawLibrary.parts?.index)}, the posting lists ${ms(r.drawLibrary.parts?.postings)}, the marks ${ms(r.drawLibrary.parts?.marks)}) (target ≤ 300 ms for 20,000 of 1,000,000: ${met(r.drawLibrary.ms <= 300)}); the same objects' full records from the blocks (${num(r.library.objects)}) ${ms(r.library.ms)}`,
        `draw preview as the background runs it, undirected at 5% over all ${num(pv.first.library)} objects: first ${ms(pv.first.ms)}, again with another seed ${ms(pv.second.ms)} (${num(pv.second.drawn)} drawn${pv.second.error ? `; ${pv.second.error}` : ''}); baseline, reading every stored row (not parsed): ${ms(pv.baseline.ms)}; ratio ${(pv.second.ms / pv.baseline.ms).toFixed(2)}×; peak memory ${mb(previewPeak)} (target ≤ 2 s for 5,000,000 objects: ${rows >= 5_000_000 ? met(pv.second.ms <= 2000 && pv.first.ms <= 2000) : `not measured at ${rows.toLocaleString()}`})`,
        `(whole run in the page ${(wall / 1000).toFixed(1)} s)`,
        ...profiles,
      ];
    } finally {
      clearInterval(sampler);
      clearInterval(memSampler);
      await browser.close();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
