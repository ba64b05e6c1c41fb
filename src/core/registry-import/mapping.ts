import { z } from 'zod';
import { FIELDS, normaliseHeader, type FieldDef, type RegistryKind } from './fields';

/** Which field each column feeds (null: not imported), for one header shape. */
export interface ColumnMapping {
  kind: RegistryKind;
  /** The normalised headers joined: files of the same shape reuse a saved mapping. */
  shape: string;
  headers: string[];
  columns: Array<string | null>;
}

/** A mapping as saved by the user (options page, `--mapping FILE`): header text → field key or null. */
export const SavedMapping = z.strictObject({
  kind: z.enum(['objects', 'inspectors']),
  shape: z.string(),
  columns: z.array(z.tuple([z.string(), z.string().nullable()])),
});
export type SavedMapping = z.infer<typeof SavedMapping>;

export const headerShape = (headers: string[]) => headers.map(normaliseHeader).join('|');

/** The fields a row cannot do without: a name and a key. */
export const REQUIRED: Record<RegistryKind, Array<{ any: string[]; zh: string; en: string }>> = {
  objects: [
    { any: ['name'], zh: '企业名称', en: 'name (企业名称)' },
    { any: ['uscc', 'idNumber'], zh: '统一社会信用代码/注册号（或身份证号）', en: 'USCC / registration number (or ID number)' },
  ],
  inspectors: [
    { any: ['name'], zh: '姓名', en: 'name (姓名)' },
    { any: ['licenceNumber', 'idNumber'], zh: '执法证号（或身份证号）', en: 'licence number (or ID number)' },
  ],
};

/** Best guess from the headers: each field takes the column whose header is its earliest synonym. */
export function guessMapping(kind: RegistryKind, headers: string[]): ColumnMapping {
  const norm = headers.map(normaliseHeader);
  const columns: Array<string | null> = headers.map(() => null);
  for (const f of FIELDS[kind]) {
    let best = -1;
    let rank = Infinity;
    norm.forEach((h, i) => {
      if (columns[i] !== null || !h) return;
      const r = f.synonyms.findIndex((s) => normaliseHeader(s) === h);
      if (r >= 0 && r < rank) [best, rank] = [i, r];
    });
    if (best >= 0) columns[best] = f.key;
  }
  return { kind, shape: norm.join('|'), headers, columns };
}

/** A saved mapping applied to a file: only when the shape matches and every field is known. */
export function applySaved(kind: RegistryKind, headers: string[], saved: SavedMapping): ColumnMapping | undefined {
  if (saved.kind !== kind || saved.shape !== headerShape(headers)) return undefined;
  const known = new Set(FIELDS[kind].map((f) => f.key));
  const byHeader = new Map(saved.columns.map(([h, k]) => [normaliseHeader(h), k]));
  const columns = headers.map((h) => {
    const k = byHeader.get(normaliseHeader(h));
    return k && known.has(k) ? k : null;
  });
  return { kind, shape: saved.shape, headers, columns };
}

export function toSaved(m: ColumnMapping): SavedMapping {
  return { kind: m.kind, shape: m.shape, columns: m.headers.map((h, i) => [h, m.columns[i]]) };
}

/** Required fields no column feeds, and fields fed twice: a mapping with either cannot import. */
export function mappingProblems(m: ColumnMapping): Array<{ zh: string; en: string }> {
  const mapped = new Set(m.columns.filter((c): c is string => !!c));
  const out = REQUIRED[m.kind]
    .filter((r) => !r.any.some((k) => mapped.has(k)))
    .map((r) => ({ zh: `找不到必需的列：${r.zh}（表头：${m.headers.join('、') || '空'}）`, en: `missing required column: ${r.en} (headers: ${m.headers.join(', ') || 'none'})` }));
  const seen = new Map<string, number>();
  m.columns.forEach((k, i) => {
    if (!k) return;
    if (seen.has(k)) out.push({ zh: `第 ${seen.get(k)! + 1} 列和第 ${i + 1} 列都对应“${fieldName(m.kind, k)}”`, en: `columns ${seen.get(k)! + 1} and ${i + 1} both map to ${k}` });
    else seen.set(k, i);
  });
  return out;
}

const NAMES = { objects: new Map(FIELDS.objects.map((f) => [f.key, f.zh])), inspectors: new Map(FIELDS.inspectors.map((f) => [f.key, f.zh])) };
export const fieldName = (kind: RegistryKind, key: string) => NAMES[kind].get(key) ?? key;

/**
 * The header row: exports often put a title or a date line above it, so the first of the first rows
 * that names at least two known fields; the first row when none does (the mapping step then says why).
 */
export function findHeaderRow(kind: RegistryKind, rows: string[][], look = 10): number {
  for (let i = 0; i < Math.min(look, rows.length); i++) {
    if (guessMapping(kind, rows[i]).columns.filter(Boolean).length >= 2) return i;
  }
  return 0;
}

export type { FieldDef };
