import { CsvReader, DEFAULT_CSV_LIMITS, type CsvLimits, type CsvRecord } from './csv';
import { decideEncoding, TextSource, type Sniffed } from './encoding';
import type { RawRow } from './classify';

export type FileFormat = 'csv' | 'spreadsheet';

/** By content first (a zip or an OLE file is a workbook whatever its name), then by name. */
export function formatOf(name: string, head: Uint8Array): FileFormat {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'spreadsheet';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'spreadsheet';
  return /\.(xlsx|xlsm|xls)$/i.test(name) ? 'spreadsheet' : 'csv';
}

const DECODE_PIECE = 65536;

export interface CsvInfo {
  bytes: number;
  sniffed?: Sniffed;
  /** What is said about the file as a whole (columns cut, bytes replaced); the import keeps them as notes. */
  notes?: Array<{ zh: string; en: string; row?: number }>;
}

/**
 * CSV rows as the bytes arrive (a File's stream, a Node read stream), decoded as sniffed. Given a way to
 * open the bytes again (`open`), the encoding is decided on the whole file first (one pass counting what
 * each encoding would replace), so one bad byte early on no longer turns a UTF-8 file into GB18030.
 */
export async function* csvBatches(source: AsyncIterable<Uint8Array> | (() => AsyncIterable<Uint8Array>), info: CsvInfo = { bytes: 0 }, limits: CsvLimits = DEFAULT_CSV_LIMITS): AsyncGenerator<RawRow[]> {
  const decided = typeof source === 'function' ? await decideEncoding(source()) : undefined;
  const chunks = typeof source === 'function' ? source() : source;
  const text = new TextSource(65536, decided);
  const csv = new CsvReader(limits);
  const notes = (info.notes ??= []);
  let wide = 0;
  let firstWide = 0;
  let widest = 0;
  const replaced: number[] = [];
  let replacedRows = 0;
  // Replacement characters found in rows so far: rows are searched only while the decoder has replaced more.
  let found = 0;
  const look = (rows: CsvRecord[]): RawRow[] => {
    for (const r of rows) {
      if (r.columns) {
        if (wide++ === 0) firstWide = r.row;
        widest = Math.max(widest, r.columns);
      }
      if (!decided || found >= text.replaced) continue;
      let here = 0;
      for (const c of r.cells) for (let i = c.indexOf('\uFFFD'); i !== -1; i = c.indexOf('\uFFFD', i + 1)) here++;
      if (here) {
        found += here;
        replacedRows++;
        if (replaced.length < 20) replaced.push(r.row);
      }
    }
    return rows;
  };
  for await (const c of chunks) {
    info.bytes += c.length;
    // Decoded and parsed 64 KiB at a time: a File's stream gives 1 MiB chunks, and Chromium's TextDecoder takes
    // about eight times longer a byte on 1 MiB than on 64 KiB (headless Chromium, 2026-12-02).
    let rows: RawRow[] = [];
    for (let at = 0; at < c.length; at += DECODE_PIECE) {
      const got = look(csv.push(text.push(c.subarray(at, at + DECODE_PIECE))));
      if (!rows.length) rows = got;
      else for (const r of got) rows.push(r);
    }
    info.sniffed = text.sniffed;
    if (rows.length) yield rows;
  }
  const tail = look([...csv.push(text.end()), ...csv.end()]);
  info.sniffed = text.sniffed;
  if (wide) notes.push({ row: firstWide, zh: `${wide} 行超过 ${limits.maxColumns} 列（第一处：第 ${firstWide} 行，最多 ${widest} 列），只读前 ${limits.maxColumns} 列`, en: `${wide} rows have more than ${limits.maxColumns} columns (first: row ${firstWide}, at most ${widest}); the first ${limits.maxColumns} are read` });
  if (decided && text.replaced) {
    const rows = replaced.join('、') + (replacedRows > replaced.length ? ` 等 ${replacedRows} 行` : '');
    notes.push({
      row: replaced[0] ?? 0,
      zh: `文件按 ${decided.encoding.toUpperCase()} 读取，有 ${text.replaced} 处字节不是有效的 ${decided.encoding.toUpperCase()}，已替换为 �：第 ${rows || '（空行）'} 行；请核对这些行`,
      en: `the file is read as ${decided.encoding.toUpperCase()}; ${text.replaced} invalid byte sequences were replaced with �: row(s) ${replaced.join(', ')}${replacedRows > replaced.length ? ` and ${replacedRows - replaced.length} more` : ''}; check them`,
    });
  }
  if (tail.length) yield tail;
}

/** A web ReadableStream as an async iterable (Chromium's streams are not iterable everywhere yet). */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
