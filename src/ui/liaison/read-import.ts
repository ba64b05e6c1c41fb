import { readListFile, type SheetAccount } from '../../core/liaison';
import type { LiaisonRecordRow } from '../../storage/db';

/** One sheet of an imported file as the page saves it: its records in the store's shape, and its account. */
export type ImportRecord = Pick<LiaisonRecordRow, 'kind' | 'row' | 'values'>;

export interface ImportSheet {
  account: SheetAccount;
  records: ImportRecord[];
}

/** A file chosen for import, read (in the view worker), or the reason it could not be. */
export type ImportFile = { name: string; sheets: ImportSheet[] } | { name: string; error: string };

/**
 * Read a chosen file's sheets. Run in the view worker, not on the page: a province's result list takes seconds to
 * decode and split, and the page must keep answering. A sheet of an unknown list keeps no records; its rows are
 * in its account's refused list, so every row read is kept or refused.
 */
export function readImport(name: string, bytes: Uint8Array): ImportFile {
  try {
    return {
      name,
      sheets: readListFile(name, bytes).map((s) => ({
        account: s.account,
        records: s.spec ? s.records.map((r) => ({ kind: s.spec!.kind, row: r.row, values: r.values as Record<string, unknown> })) : [],
      })),
    };
  } catch (e) {
    return { name, error: (e as Error).message };
  }
}
