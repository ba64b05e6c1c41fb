import { msg } from '../../../i18n';
import { isIsoDate } from '../../model';
import type { ColumnSpec } from './spec';

export type CellValue = string | number | boolean | string[] | { start?: string; end?: string } | undefined;

const pad = (n: string | number) => String(n).padStart(2, '0');

/**
 * Dates read so far: a year's million results hold a few hundred distinct dates, each parsed once (the regular
 * expression and the strings it makes were a tenth of reading a province's export). Emptied when it grows large.
 */
const parsed = new Map<string, string | null>();

/** A date as staff or the export write it: 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, or an Excel serial day. */
export function parseDate(raw: string): string | undefined {
  let iso = parsed.get(raw);
  if (iso === undefined) {
    if (parsed.size >= 4096) parsed.clear();
    parsed.set(raw, (iso = parseDateText(raw) ?? null));
  }
  return iso ?? undefined;
}

function parseDateText(raw: string): string | undefined {
  const s = raw.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(s);
  let iso: string | undefined;
  if (m) iso = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  else if (/^\d{5}$/.test(s)) {
    // Excel's day 25569 is 1970-01-01 (the 1900 system, leap-year bug included).
    const d = new Date((Number(s) - 25569) * 86400000);
    iso = d.toISOString().slice(0, 10);
  }
  return iso && isIsoDate(iso) ? iso : undefined;
}

/** Convert one cell by its column's type; a string result starting with "!" is the reason for refusal. */
export function convertCell(col: ColumnSpec, raw: string): { value?: CellValue; error?: string } {
  const s = raw.trim();
  if (!s) return {};
  switch (col.type) {
    case 'text':
      return { value: s };
    case 'date': {
      const d = parseDate(s);
      return d ? { value: d } : { error: msg('lists.badDate', { s }) };
    }
    case 'int':
      return /^\d+$/.test(s) ? { value: Number(s) } : { error: msg('lists.notInteger', { s }) };
    case 'list':
      return { value: s.split(/[、,，;；\n]+/).map((x) => x.trim()).filter(Boolean) };
    case 'yesno':
      if (['是', 'Y', 'y', '1', 'true'].includes(s)) return { value: true };
      if (['否', 'N', 'n', '0', 'false'].includes(s)) return { value: false };
      return { error: msg('lists.notYesNo', { s }) };
    case 'enum': {
      const v = col.values?.[s];
      return v !== undefined ? { value: v } : { error: msg('lists.notAccepted', { s, values: Object.keys(col.values ?? {}).join('、') }) };
    }
    case 'period': {
      const parts = s.split(/\s*(?:至|~|～|—|--)\s*/);
      if (parts.length === 1) {
        const end = parseDate(parts[0]);
        return end ? { value: { end } } : { error: msg('lists.badPeriod', { s }) };
      }
      const [start, end] = [parseDate(parts[0]), parseDate(parts[parts.length - 1])];
      if (!start || !end) return { error: msg('lists.badRange', { s }) };
      return { value: { start, end } };
    }
  }
}
