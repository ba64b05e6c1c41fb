import type { Grid } from './grid';
import { readSheetFile } from './readers/sheet';
import { readHtml } from './readers/html';
import { readDocx } from './readers/docx';
import { decodeCsv } from '../liaison/lists/sheets';

export const PLAN_TABLE_FILE = /\.(xlsx|xls|csv|docx|html?)$/i;

/** Any file a plan table comes in: a workbook (every sheet), a Word document (every table), a saved web page (every table). */
export async function readTableFile(name: string, bytes: Uint8Array): Promise<Grid[]> {
  if (/\.docx$/i.test(name)) return readDocx(name, bytes);
  if (/\.html?$/i.test(name)) return readHtml(name, decodeCsv(bytes));
  return readSheetFile(name, bytes);
}
