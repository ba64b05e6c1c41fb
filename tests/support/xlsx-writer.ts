/**
 * A minimal .xlsx writer for tests: sheets given as row generators, deflated piece by piece (never the
 * whole sheet XML in memory), strings inline or shared. Large workbooks (a million rows) are made in
 * seconds this way, and a hostile part (a shared-string index that points nowhere) can be written as is.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { createDeflateRaw } from 'node:zlib';

export interface SheetSpec {
  name: string;
  /** Rows of cell texts; a number is written as a shared-string index (`t="s"`) as given, unchecked. */
  rows: () => Iterable<Array<string | { sst: number }>>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PNS = 'http://schemas.openxmlformats.org/package/2006/relationships';

interface Part {
  name: string;
  comp: Buffer;
  size: number;
  crc: number;
}

function small(name: string, text: string): Part {
  const data = Buffer.from(XML + text);
  return { name, comp: deflateRawSync(data, { level: 1 }), size: data.length, crc: crc32(data) >>> 0 };
}

/** Deflate a stream of text pieces; returns the compressed bytes, size and CRC. */
async function streamed(name: string, pieces: Iterable<string>): Promise<Part> {
  const z = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((res, rej) => {
    z.on('end', res);
    z.on('error', rej);
  });
  let size = 0;
  let crc = 0;
  let buf: string[] = [];
  let len = 0;
  const flush = async () => {
    const b = Buffer.from(buf.join(''));
    buf = [];
    len = 0;
    size += b.length;
    crc = crc32(b, crc);
    if (!z.write(b)) await new Promise((r) => z.once('drain', r));
  };
  for (const p of pieces) {
    buf.push(p);
    len += p.length;
    if (len > 1 << 20) await flush();
  }
  await flush();
  z.end();
  await done;
  return { name, comp: Buffer.concat(out), size, crc: crc >>> 0 };
}

function* sheetXml(spec: SheetSpec): Iterable<string> {
  yield `${XML}<worksheet xmlns="${NS}"><sheetData>`;
  for (const row of spec.rows()) {
    let s = '<row>';
    for (const c of row) s += typeof c === 'string' ? `<c t="inlineStr"><is><t>${esc(c)}</t></is></c>` : `<c t="s"><v>${c.sst}</v></c>`;
    yield `${s}</row>`;
  }
  yield '</sheetData></worksheet>';
}

function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0, 6); lh.writeUInt16LE(8, 8);
    lh.writeUInt32LE(p.crc, 14); lh.writeUInt32LE(p.comp.length, 18); lh.writeUInt32LE(p.size, 22); lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(8, 10);
    ch.writeUInt32LE(p.crc, 16); ch.writeUInt32LE(p.comp.length, 20); ch.writeUInt32LE(p.size, 24); ch.writeUInt16LE(name.length, 28); ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, p.comp);
    centrals.push(ch, name);
    offset += 30 + name.length + p.comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(parts.length, 8); end.writeUInt16LE(parts.length, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A workbook of the given sheets, and a shared-string table when `sst` is given. */
export async function writeXlsx(sheets: SheetSpec[], sst?: string[]): Promise<Uint8Array> {
  const over = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  const sstType = sst ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '';
  const parts: Part[] = [
    small('[Content_Types].xml', `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${over}${sstType}</Types>`),
    small('_rels/.rels', `<Relationships xmlns="${PNS}"><Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    small('xl/workbook.xml', `<workbook xmlns="${NS}" xmlns:r="${RNS}"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    small('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PNS}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RNS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}${sst ? `<Relationship Id="rId${sheets.length + 1}" Type="${RNS}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`),
  ];
  if (sst) parts.push(small('xl/sharedStrings.xml', `<sst xmlns="${NS}" count="${sst.length}" uniqueCount="${sst.length}">${sst.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`));
  for (let i = 0; i < sheets.length; i++) parts.push(await streamed(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheets[i])));
  return new Uint8Array(zip(parts));
}
