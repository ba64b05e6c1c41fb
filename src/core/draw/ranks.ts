/**
 * §4 of the draw (docs/draw-spec.md) over a registry held as columns in canonical order: the pools as
 * ranks, each class drawn, the exclusions as ranks. Shared by the draw over stored columns (indexed.ts) and
 * the draw over a prepared registry, whose columns input preparation derives (prepared-draw.ts).
 */
import { CREDIT_CLASSES } from '../model';
import { classPlan } from './draw';
import { DrawError, type DrawParams, type DrawRequest, type DrawResult } from './schema';
import { sampleIndices, type Stream } from './stream';
import { scratchBytes, scratchUint32 } from './scratch';

export const HIGH_RISK = 1;
export const SPECIAL = 2;
/** Credit class codes of the `cls` column: A–D are 0–3, no class 4. */
export const NO_CLASS = 4;

/** A column of unsigned integers, 8, 16 or 32 bits a value. */
export type UintColumn = Uint8Array | Uint16Array | Uint32Array;

/** An empty column of `length`, as narrow as the largest of `values` allows (8, 16 or 32 bits). */
export function narrowestColumn(values: ArrayLike<number>, length = values.length): UintColumn {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max < 256 ? new Uint8Array(length) : max < 65536 ? new Uint16Array(length) : new Uint32Array(length);
}

/** A registry's objects as the draw reads them, each column indexed by canonical rank (ids in UTF-16 order). */
export interface ObjectColumns {
  count: number;
  /** rowsHash of every object's line (§2.2). */
  objectsHash: string;
  cls: Uint8Array;
  /** Checks this year; as stored, in the narrowest array their largest fits (draw-index.ts). */
  checks: UintColumn;
  /** HIGH_RISK (class D or any risk flag) | SPECIAL (specialIndustry set). */
  bits: Uint8Array;
  /** Index into `industries` (0: no industry). */
  industry: UintColumn;
  industries: string[];
}

const POOL_OF_CLASS = [0, 1, 2, 3, 4];
const EXCLUDED = 5;
const SKIP = 255;

/** §4 over the columns: the pools as ranks, the draw of each class, the exclusions as ranks. */
export function drawRanks(rng: Stream, c: ObjectColumns, req: DrawRequest, params: DrawParams, matches?: Uint8Array) {
  const classified = !!(req.classRates || req.classCounts);
  const max = params.maxChecksPerYear;
  const specialInd = c.industries.map((ind, k) => k > 0 && params.specialIndustries.some((s) => ind.includes(s)));
  const tag = scratchBytes('ranks-tag', c.count);
  const sizes = [0, 0, 0, 0, 0, 0];
  for (let r = 0; r < c.count; r++) {
    if (matches && !matches[r]) {
      tag[r] = SKIP;
      continue;
    }
    const t = c.checks[r] >= max && !(c.bits[r] & HIGH_RISK) && !(c.bits[r] & SPECIAL) && !specialInd[c.industry[r]] ? EXCLUDED : classified ? POOL_OF_CLASS[c.cls[r]] : NO_CLASS;
    tag[r] = t;
    sizes[t]++;
  }
  // The pools side by side in one working array (scratch.ts): views, nothing allocated per draw.
  const all = scratchUint32('ranks-pools', c.count);
  let at = 0;
  const pools = sizes.map((n) => all.subarray(at, (at += n)));
  const fill = [0, 0, 0, 0, 0, 0];
  for (let r = 0; r < c.count; r++) if (tag[r] !== SKIP) pools[tag[r]][fill[tag[r]]++] = r;
  const total = sizes[0] + sizes[1] + sizes[2] + sizes[3] + sizes[4];
  if (!total) throw new DrawError('empty-library', '抽取库为空（筛选和频次排除后没有可抽取的对象）', 'the library is empty after filters and frequency exclusions');
  const classes: Array<Omit<DrawResult['classes'][number], 'objectIds'> & { ranks: number[] }> = [];
  [...CREDIT_CLASSES, 'unclassified' as const].forEach((key, k) => {
    const pool = pools[k];
    const plan = classPlan(key, pool.length, classified, req);
    if (!plan) return;
    const drawn = sampleIndices(rng, pool.length, plan.target);
    const ranks: number[] = new Array(drawn.length);
    for (let d = 0; d < drawn.length; d++) ranks[d] = pool[drawn[d]];
    classes.push({ ...plan, ranks });
  });
  return { classes, excluded: pools[EXCLUDED].slice(), total };
}

export type RankedDraw = ReturnType<typeof drawRanks>;
