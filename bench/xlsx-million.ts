// `npx tsx bench/xlsx-million.ts [ROWS]`: a workbook of 1,048,576 rows (Excel's most: a header and
// 1,048,575 objects, two columns, written by tests/support/xlsx-writer.ts) read by the product's reader
// and imported by the helper's path (readSpreadsheet → runImport → MemoryStore). Prints the file's size,
// the time and peak memory of each step, and the counts (every row read, none lost). Issue 16: a
// workbook of ~200,000 rows used to crash with RangeError (a batch spread into push()).
import { completeUscc } from '../src/core/model/identifiers';
import { bucketsAddUp, MemoryStore, runImport } from '../src/core/registry-import';
import { readSpreadsheet, spreadsheetRowBatches } from '../src/core/registry-import/spreadsheet';
import { writeXlsx } from '../tests/support/xlsx-writer';

const total = Number(process.argv[2] ?? 1_048_576);
const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
const code = (n: number) => completeUscc(`91110106${String(n).padStart(9, '0')}`);

let t = performance.now();
const bytes = await writeXlsx([{ name: '检查对象名录库', rows: function* () {
  yield ['统一社会信用代码', '企业名称'];
  for (let i = 1; i < total; i++) yield [code(i), `测试企业${i}有限公司`];
} }]);
console.log(`workbook: ${total.toLocaleString()} rows, ${mb(bytes.length)}, written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
t = performance.now();
const s = await readSpreadsheet(bytes);
console.log(`read: ${s.rows.length.toLocaleString()} rows in ${((performance.now() - t) / 1000).toFixed(1)} s; notes: ${s.notes.map((n) => n.zh).join('；') || 'none'}`);
t = performance.now();
const store = new MemoryStore();
const r = await runImport({ kind: 'objects', batches: spreadsheetRowBatches(s), store });
if (!r.ok) throw new Error(r.prepared.problems.map((p) => p.zh).join());
console.log(`import: ${JSON.stringify(r.counts)} in ${((performance.now() - t) / 1000).toFixed(1)} s; buckets add up: ${bucketsAddUp(r.counts)}; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
if (r.counts.read !== total - 1 || r.counts.imported !== total - 1) process.exit(1);
