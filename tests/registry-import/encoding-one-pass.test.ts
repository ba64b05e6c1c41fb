/**
 * Issue 20: a registry of millions is decoded once. The encoding is decided on the file's first 64 KiB when they
 * are sure (valid UTF-8 with Chinese text, or a byte-order mark); otherwise on the whole file as before. Bytes
 * replaced later in the file are still counted and their rows named.
 */
import { describe, expect, it } from 'vitest';
import { csvBatches, type CsvInfo } from '../../src/core/registry-import';
import { decideEncoding } from '../../src/core/registry-import/encoding';

const lines = (n: number) => ['统一社会信用代码,企业名称', ...Array.from({ length: n }, (_, i) => `91110106${String(i).padStart(9, '0')}X,测试企业${i}有限公司`)];
const bytesOf = (ls: string[]) => new TextEncoder().encode(`${ls.join('\r\n')}\r\n`);

/** The bytes in pieces of 4 KiB, counting how many pieces a reader took. */
function pieces(bytes: Uint8Array, taken: { n: number }) {
  return async function* () {
    for (let i = 0; i < bytes.length; i += 4096) {
      taken.n++;
      yield bytes.subarray(i, i + 4096);
    }
  };
}

describe('the encoding decided without reading the whole file twice', () => {
  it('valid UTF-8 with Chinese text in its first 64 KiB: decided there, the rest of the file not read for it', async () => {
    const bytes = bytesOf(lines(20_000));
    const taken = { n: 0 };
    const s = await decideEncoding(pieces(bytes, taken)());
    expect(s.encoding).toBe('utf-8');
    expect(taken.n).toBe(16);
    expect(bytes.length).toBeGreaterThan(10 * 65536);
  });

  it('a byte-order mark decides at once', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf(lines(5000))]);
    const taken = { n: 0 };
    expect((await decideEncoding(pieces(bytes, taken)())).bom).toBe(3);
    expect(taken.n).toBe(1);
  });

  it('ASCII only in the first 64 KiB: the whole file is read, and a GBK file stays GB18030', async () => {
    // 名称 in GBK (C3FB B3C6) after 70,000 ASCII bytes.
    const ascii = new TextEncoder().encode(`${'a,b\r\n'.repeat(14_000)}`);
    const bytes = new Uint8Array([...ascii, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0x61, 0x0d, 0x0a]);
    const taken = { n: 0 };
    expect((await decideEncoding(pieces(bytes, taken)())).encoding).toBe('gb18030');
    expect(taken.n).toBe(Math.ceil(bytes.length / 4096));
  });

  it('a bad byte far past the first 64 KiB: read as UTF-8, the byte replaced and its row named', async () => {
    const ls = lines(20_000);
    const bytes = bytesOf(ls);
    const row = 15_001;
    const at = new TextEncoder().encode(`${ls.slice(0, row - 1).join('\r\n')}\r\n91110106`).length;
    bytes[at] = 0xff;
    const info: CsvInfo = { bytes: 0, notes: [] };
    let read = 0;
    for await (const b of csvBatches(pieces(bytes, { n: 0 }), info)) read += b.length;
    expect(read).toBe(20_001);
    expect(info.sniffed?.encoding).toBe('utf-8');
    expect(info.notes!.map((n) => n.zh).join()).toMatch(new RegExp(`有 1 处字节不是有效的 UTF-8，已替换为 �：第 ${row} 行`));
  });
});
