/**
 * Writes the plan-table corpus (tests/fixtures/plan-tables/corpus.json: published tables' cells, their
 * titles, merges and source pages) into the formats the tables come in: .xlsx with merged cells and
 * title rows, .docx with vMerge/gridSpan, .html with rowspan/colspan, .csv. Run:
 *   npx tsx scripts/make-plan-table-fixtures.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';

interface Table {
  file: string;
  source: string;
  publisher: string;
  title: string[];
  header: string[];
  rows: string[][];
}

const dir = new URL('../tests/fixtures/plan-tables/', import.meta.url);
const corpus = JSON.parse(readFileSync(new URL('corpus.json', dir), 'utf8')) as { tables: Table[] };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The span of the cell at (r, c): how many rows below are "^" and how many cells right are "<". */
function span(rows: string[][], r: number, c: number) {
  let down = 1;
  while (rows[r + down]?.[c] === '^') down++;
  let right = 1;
  while (rows[r][c + right] === '<') right++;
  return { down, right };
}

function xlsx(t: Table): Uint8Array {
  const all = [...t.title.map((l) => [l]), t.header, ...t.rows];
  const top = t.title.length + 1;
  const aoa = all.map((r) => r.map((c) => (c === '^' || c === '<' ? '' : c)));
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  const merges: XLSX.Range[] = t.title.map((_, i) => ({ s: { r: i, c: 0 }, e: { r: i, c: t.header.length - 1 } }));
  t.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === '^' || cell === '<') return;
      const { down, right } = span(t.rows, r, c);
      if (down > 1 || right > 1) merges.push({ s: { r: top + r, c }, e: { r: top + r + down - 1, c: c + right - 1 } });
    }),
  );
  ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  wb.Props = { Title: t.title[0] ?? t.file, Subject: `来源 / source: ${t.source}`, Comments: `${t.publisher}; ${t.source}` };
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function html(t: Table): string {
  const tr = (cells: string[], r: number | undefined) =>
    `<tr>${cells
      .map((c, i) => {
        if (c === '^' || c === '<') return '';
        const { down, right } = r === undefined ? { down: 1, right: 1 } : span(t.rows, r, i);
        return `<td${down > 1 ? ` rowspan="${down}"` : ''}${right > 1 ? ` colspan="${right}"` : ''}>${esc(c).replace(/\n/g, '<br>')}</td>`;
      })
      .join('')}</tr>`;
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><meta name="source" content="${esc(t.source)}"><title>${esc(t.title[0] ?? t.file)}</title></head>\n<body>\n<!-- 来源 / source: ${esc(t.source)} (${esc(t.publisher)}) -->\n${t.title
    .map((l) => `<p>${esc(l)}</p>`)
    .join('\n')}\n<table border="1">\n${tr(t.header, undefined)}\n${t.rows.map((r, i) => tr(r, i)).join('\n')}\n</table>\n</body></html>\n`;
}

function docx(t: Table): Uint8Array {
  const para = (s: string) => s.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  const tc = (text: string, pr: string) => `<w:tc><w:tcPr>${pr}</w:tcPr>${para(text)}</w:tc>`;
  const row = (cells: string[], r: number | undefined) =>
    `<w:tr>${cells
      .map((c, i) => {
        if (c === '<') return '';
        const right = r === undefined ? 1 : span(t.rows, r, i).right;
        const grid = right > 1 ? `<w:gridSpan w:val="${right}"/>` : '';
        if (c === '^') return tc('', `${grid}<w:vMerge/>`);
        const down = r === undefined ? 1 : span(t.rows, r, i).down;
        return tc(c, `${grid}${down > 1 ? '<w:vMerge w:val="restart"/>' : ''}`);
      })
      .join('')}</w:tr>`;
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${t.title.map(para).join('')}<w:tbl><w:tblGrid>${t.header.map(() => '<w:gridCol/>').join('')}</w:tblGrid>${row(t.header, undefined)}${t.rows.map((r, i) => row(r, i)).join('')}</w:tbl><w:sectPr/></w:body></w:document>`;
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(t.title[0] ?? t.file)}</dc:title><dc:source>${esc(t.source)}</dc:source><dc:description>${esc(t.publisher)}; ${esc(t.source)}</dc:description></cp:coreProperties>`,
    'word/document.xml': doc,
  };
  const zip = XLSX.CFB.utils.cfb_new();
  for (const [path, text] of Object.entries(files)) XLSX.CFB.utils.cfb_add(zip, `/${path}`, Buffer.from(text, 'utf8'));
  return new Uint8Array(XLSX.CFB.write(zip, { fileType: 'zip', type: 'buffer' }) as Buffer);
}

function csv(t: Table): string {
  if (t.rows.some((r) => r.some((c) => c === '^' || c === '<'))) throw new Error(`${t.file}: a CSV cannot keep merged cells`);
  const q = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `\uFEFF${[[`来源：${t.source}`], ...t.title.map((l) => [l]), t.header, ...t.rows].map((r) => r.map(q).join(',')).join('\r\n')}\r\n`;
}

for (const t of corpus.tables) {
  const out = new URL(`files/${t.file}`, dir);
  if (t.file.endsWith('.xlsx')) writeFileSync(out, xlsx(t));
  else if (t.file.endsWith('.docx')) writeFileSync(out, docx(t));
  else if (t.file.endsWith('.html')) writeFileSync(out, html(t));
  else if (t.file.endsWith('.csv')) writeFileSync(out, csv(t));
  else throw new Error(`${t.file}: unknown format`);
  console.log(`wrote ${t.file}`);
}
