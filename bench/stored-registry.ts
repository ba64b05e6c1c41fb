// A generated object registry written straight into the registry database by the import's own storage
// functions (beginImport, importStore's chunk writes, finishImport: blocks, key rows, spill file, posting
// lists, draw index, switch), skipping only the file: no CSV to read, decode, parse or validate. What the
// preview benchmark needs of a province's registry, without an hour-long import on a loaded machine.
import type { Counts } from '../src/core/registry-import/classify';
import { generateObjects } from '../src/sandbox/generate-registries';
import { KeptKeys } from '../src/storage/block-keys';
import { LineArena } from '../src/storage/line-arena';
import { LineSpill } from '../src/storage/line-spill';
import { beginImport, finishImport, importStore, type RegistryDb } from '../src/storage/registry-db';

const CHUNK = 10_000;
/** A multiplier coprime with any n of the form 2^a·5^b (1,000,000, 5,000,000): ids unique, not in file order. */
const SCRAMBLE = 7919;

/** `n` objects in a replacing import of generated rows; the chunk writes' and the switch's times. */
export async function writeStoredRegistry(db: RegistryDb, n: number): Promise<{ chunksMs: number; finishMs: number; spilled: boolean; counts: Counts }> {
  if (n % SCRAMBLE === 0) throw new RangeError(`${n} objects: pick a count not divisible by ${SCRAMBLE}`);
  const t0 = performance.now();
  const begun = await beginImport(db, { kind: 'objects', fileKey: `generated|${n}|${Date.now()}`, fileName: `generated-${n}.csv`, headers: [], mode: 'replace' });
  const spill = await LineSpill.open();
  const lines = spill ?? new LineArena();
  const keys = new KeptKeys();
  const store = importStore(db, begun.row, lines, undefined, keys);
  const counts: Counts = { read: 0, imported: 0, updated: 0, duplicate: 0, rejected: 0, warnings: 0 };
  const width = String(n).length;
  try {
    for (let from = 0; from < n; from += CHUNK) {
      const part = generateObjects(Math.min(CHUNK, n - from), 1 + from / CHUNK);
      const records = part.map((o, i) => {
        const k = from + i;
        const id = `O${String((k * SCRAMBLE) % n).padStart(width, '0')}`;
        return { row: k + 2, id, record: { ...o, id } };
      });
      counts.read += records.length;
      counts.imported += records.length;
      await store.write({ records, rejected: [], notes: [], counts: { ...counts }, lastRow: from + records.length + 1 });
    }
    const t1 = performance.now();
    await finishImport(db, begun.row.id, undefined, lines, keys);
    return { chunksMs: t1 - t0, finishMs: performance.now() - t1, spilled: !!spill, counts };
  } finally {
    await spill?.close();
  }
}
