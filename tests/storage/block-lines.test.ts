import { describe, expect, it } from 'vitest';
import { encodeLines, lineCount, lineText, linesOf, lineWithNewline } from '../../src/storage/block-lines';
import { chunkDigests, LineArena } from '../../src/storage/line-arena';

const lines = ['{"id":"甲","name":"北京市东城区某餐饮店"}', '', '{"name":"𠮷野家 \\n 转义的换行"}', 'A,B'];

describe('a block stored as one UTF-8 buffer with the end of each line', () => {
  it('gives back each line, every line and each line with its newline, as the strings it was given', () => {
    const b = encodeLines(lines);
    expect(lineCount(b)).toBe(4);
    expect(lines.map((_, i) => lineText(b, i))).toEqual(lines);
    expect(linesOf(b)).toEqual(lines);
    expect(new TextDecoder().decode(lineWithNewline(b, 2))).toBe(`${lines[2]}\n`);
    // Its own buffer: IndexedDB would clone the whole of a larger one.
    expect(b.bytes.byteOffset).toBe(0);
    expect(b.bytes.buffer.byteLength).toBe(b.bytes.length);
  });

  it('reads blocks written before it (one string per row) the same way', () => {
    const old = { rows: lines };
    expect([lineCount(old), lineText(old, 0), linesOf(old), new TextDecoder().decode(lineWithNewline(old, 3))]).toEqual([4, lines[0], lines, 'A,B\n']);
    expect([lineCount(encodeLines([])), linesOf(encodeLines([]))]).toEqual([0, []]);
  });

  it('refuses a line holding a raw newline (it would shift every line after it)', () => {
    expect(() => encodeLines(['a', 'b\nc'])).toThrow(/newline/);
  });

  it('the arena holds blocks by reference and copied lines alike, and the chunk digests are those of the lines joined', async () => {
    const a = new LineArena();
    a.addBlock(...(Object.values(encodeLines(lines.slice(0, 2))) as [Uint8Array, Uint32Array]));
    for (const l of lines.slice(2)) a.copy(new TextEncoder().encode(`${l}\n`));
    expect(Array.from({ length: a.count }, (_, d) => new TextDecoder().decode(a.line(d)))).toEqual(lines);
    const got = new Uint8Array(32);
    await chunkDigests(0, 4, a, (r) => 3 - r, got);
    const want = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${[...lines].reverse().join('\n')}\n`)));
    expect(got).toEqual(want);
  });
});
