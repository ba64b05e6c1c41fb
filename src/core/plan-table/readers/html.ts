import * as XLSX from '@e965/xlsx';
import { sheetGrid } from './sheet';
import type { Grid } from '../grid';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', apos: "'" };

/** Visible text of an HTML fragment: tags dropped, breaks and blocks as line breaks, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|h\d|li|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
    );
}

/**
 * The tables of an HTML page (a saved web page, or HTML from the clipboard) as grids, rowspan and
 * colspan filled; the text above the first table (the page's title lines) goes with every table.
 */
export function readHtml(name: string, html: string): Grid[] {
  const first = html.search(/<table[\s>]/i);
  if (first < 0) return [];
  const title = htmlText(html.slice(0, first))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-4);
  const wb = XLSX.read(html, { type: 'string', raw: true });
  return wb.SheetNames.map((sheet, i) => sheetGrid(wb.SheetNames.length > 1 ? `${name}#表${i + 1}` : name, wb.Sheets[sheet], title));
}
