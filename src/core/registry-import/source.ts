import { CsvReader } from './csv';
import { TextSource, type Sniffed } from './encoding';
import type { RawRow } from './classify';

export type FileFormat = 'csv' | 'spreadsheet';

/** By content first (a zip or an OLE file is a workbook whatever its name), then by name. */
export function formatOf(name: string, head: Uint8Array): FileFormat {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'spreadsheet';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'spreadsheet';
  return /\.(xlsx|xlsm|xls)$/i.test(name) ? 'spreadsheet' : 'csv';
}

/** CSV rows as the bytes arrive (a File's stream, a Node read stream), decoded as sniffed. */
export async function* csvBatches(chunks: AsyncIterable<Uint8Array>, info: { sniffed?: Sniffed; bytes: number } = { bytes: 0 }): AsyncGenerator<RawRow[]> {
  const text = new TextSource();
  const csv = new CsvReader();
  for await (const c of chunks) {
    info.bytes += c.length;
    const rows = csv.push(text.push(c));
    info.sniffed = text.sniffed;
    if (rows.length) yield rows;
  }
  const tail = [...csv.push(text.end()), ...csv.end()];
  info.sniffed = text.sniffed;
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
