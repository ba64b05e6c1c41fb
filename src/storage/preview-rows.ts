import type { DrawRecord } from '../core/draw/record-schema';
import type { DrawResult } from '../core/draw/schema';
import type { PreviewRow } from './db';

/**
 * A preview record as stored: a preview over a province's registry draws hundreds of thousands of objects, and
 * IndexedDB clones a result of 250,000 ids as objects in seconds. Such a row keeps the result as the canonical
 * JSON's UTF-8 bytes its resultHash was taken over (`resultBytes`), and the rest of the record as is: no text is
 * made of them until a reader asks (decoding 46 MB holding Chinese reasons took about 0.6 s of the preview at
 * 5,000,000 objects, and the string cloned at two bytes a character). Rows kept before hold the text
 * (`resultText`). Every reader takes the record through previewRecord().
 */
export function packedPreview(row: Omit<PreviewRow, 'record' | 'resultText' | 'resultBytes'>, record: DrawRecord, resultBytes: Uint8Array | undefined): PreviewRow {
  if (resultBytes === undefined) return { ...row, record };
  const { result: _r, ...rest } = record;
  // A copy of just the result: the view shares a buffer with room around it, which a clone would carry whole.
  return { ...row, record: rest, resultBytes: resultBytes.slice() };
}

/** The result's canonical JSON text of a packed row. */
const packedText = (row: PreviewRow): string | undefined => (row.resultBytes ? new TextDecoder().decode(row.resultBytes) : row.resultText);

/** The whole record of a stored preview row, packed or not. */
export function previewRecord(row: PreviewRow): DrawRecord {
  const text = packedText(row);
  if (text === undefined) return row.record as DrawRecord;
  return { ...row.record, result: JSON.parse(text) as DrawResult } as DrawRecord;
}

/** The row as a reader outside storage sees it: the whole record, no packed text or bytes. */
export function previewRowOut(row: PreviewRow): PreviewRow {
  if (row.resultText === undefined && row.resultBytes === undefined) return row;
  const { resultText: _t, resultBytes: _b, ...rest } = row;
  return { ...rest, record: previewRecord(row) };
}
