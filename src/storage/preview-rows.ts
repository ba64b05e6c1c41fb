import type { DrawRecord } from '../core/draw/record-schema';
import type { DrawResult } from '../core/draw/schema';
import type { PreviewRow } from './db';

/**
 * A preview record as stored: a preview over a province's registry draws hundreds of thousands of objects, and
 * IndexedDB clones a result of 250,000 ids as objects in seconds but its canonical JSON text (already written
 * for resultHash) as one string several times faster. Such a row keeps the result as that text (`resultText`)
 * and the rest of the record as is; every reader takes the record through previewRecord().
 */
export function packedPreview(row: Omit<PreviewRow, 'record' | 'resultText'>, record: DrawRecord, resultText: string | undefined): PreviewRow {
  if (resultText === undefined) return { ...row, record };
  const { result: _r, ...rest } = record;
  return { ...row, record: rest, resultText };
}

/** The whole record of a stored preview row, packed or not. */
export function previewRecord(row: PreviewRow): DrawRecord {
  if (row.resultText === undefined) return row.record as DrawRecord;
  return { ...row.record, result: JSON.parse(row.resultText) as DrawResult } as DrawRecord;
}

/** The row as a reader outside storage sees it: the whole record, no packed text. */
export function previewRowOut(row: PreviewRow): PreviewRow {
  if (row.resultText === undefined) return row;
  const { resultText: _t, ...rest } = row;
  return { ...rest, record: previewRecord(row) };
}
