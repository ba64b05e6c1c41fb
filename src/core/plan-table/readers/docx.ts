import * as XLSX from '@e965/xlsx';
import { guardZip, isZip } from '../../registry-import/zip-guard';
import type { Grid, GridCell } from '../grid';
import { htmlText } from './html';

/** The text of a run of WordprocessingML: paragraphs as lines, tabs and breaks kept. */
function wText(xml: string): string {
  const paras = xml.split(/<\/w:p>/);
  return paras
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\/>/g)]
        .map((m) => (m[1] !== undefined ? m[1] : m[2] === 'tab' ? '\t' : '\n'))
        .join(''),
    )
    .map((l) => htmlText(l))
    .join('\n')
    .replace(/\n+$/, '')
    .replace(/^\n+/, '');
}

/** Split xml at its top-level <tag>…</tag> elements (nested ones of the same tag stay inside). */
function topLevel(xml: string, tag: string): Array<{ start: number; end: number; body: string }> {
  const out: Array<{ start: number; end: number; body: string }> = [];
  const re = new RegExp(`<${tag}(?=[\\s>/])[^>]*?(/?)>|</${tag}>`, 'g');
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(re)) {
    if (m[0].startsWith('</')) {
      depth--;
      if (depth === 0) out.push({ start, end: m.index! + m[0].length, body: xml.slice(start, m.index! + m[0].length) });
    } else if (m[1] !== '/') {
      if (depth === 0) start = m.index!;
      depth++;
    }
  }
  return out;
}

function tableGrid(tbl: string): GridCell[][] {
  const rows: GridCell[][] = [];
  // vertical merges: the column index where a vMerge restarts, and its text
  const open = new Map<number, string>();
  for (const tr of topLevel(tbl, 'w:tr')) {
    const row: GridCell[] = [];
    let col = 0;
    for (const tc of topLevel(tr.body, 'w:tc')) {
      const pr = /<w:tcPr>([\s\S]*?)<\/w:tcPr>/.exec(tc.body)?.[1] ?? '';
      const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(pr)?.[1] ?? 1);
      const vm = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(pr);
      let text = wText(tc.body.replace(/<w:tcPr>[\s\S]*?<\/w:tcPr>/, '').replace(/<w:tbl>[\s\S]*<\/w:tbl>/, ''));
      let merged = false;
      if (vm && vm[1] !== 'restart') {
        text = open.get(col) ?? '';
        merged = true;
      } else if (vm) open.set(col, text);
      else open.delete(col);
      for (let k = 0; k < span; k++) row.push(k === 0 ? { text, ...(merged ? { merged } : {}) } : { text, merged: true });
      col += span;
    }
    rows.push(row);
  }
  return rows;
}

/**
 * The tables of a .docx (Office Open XML) as grids: gridSpan and vMerge filled and marked as merged;
 * the paragraphs just above each table are its title lines. Read with SheetJS's zip reader, after the
 * same zip-bomb guard as registry imports.
 */
export async function readDocx(name: string, bytes: Uint8Array): Promise<Grid[]> {
  if (!isZip(bytes)) throw new Error('不是 .docx 文件（不是 zip 格式）/ not a .docx (not a zip)');
  await guardZip(bytes);
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const entry = XLSX.CFB.find(zip, '/word/document.xml') ?? XLSX.CFB.find(zip, 'word/document.xml');
  if (!entry?.content) throw new Error('.docx 中没有 word/document.xml / no word/document.xml in the .docx');
  const xml = new TextDecoder('utf-8').decode(entry.content as Uint8Array);
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? xml;
  const tables = topLevel(body, 'w:tbl');
  let prevEnd = 0;
  return tables.map((t, i) => {
    const title = wText(body.slice(prevEnd, t.start)).split('\n').map((l) => l.trim()).filter(Boolean).slice(-4);
    prevEnd = t.end;
    return { source: tables.length > 1 ? `${name}#表${i + 1}` : name, title, rows: tableGrid(t.body), firstRow: 1 };
  });
}
