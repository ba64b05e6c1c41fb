import type { ResolvedProfile } from '../profiles/resolve';
import { checkTable, type CheckedTable } from './check-table';
import { readPasted } from './readers/pasted';

/**
 * Check what a liaison officer pasted from Excel, Word or a web page: the clipboard's HTML when it
 * holds a table (merged cells kept), else its tab-separated text. Every table in it is checked.
 */
export function checkPasted(html: string | undefined, text: string, profile: ResolvedProfile, opts: { year?: number; asOf?: string } = {}): CheckedTable[] {
  return readPasted(html, text).map((g) => checkTable(g, profile, opts));
}
