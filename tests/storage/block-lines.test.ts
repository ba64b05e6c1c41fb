import { describe, expect, it } from 'vitest';
import { encodeBlocks, encodeLines, lineCount, lineText, linesOf, lineWithNewline } from '../../src/storage/block-lines';
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

  it('writes the very bytes TextEncoder writes, on random lines of every UTF-8 length and lone surrogates', () => {
    // Seeded: the same lines each run. Units from each range a line can hold: ASCII, 2-byte, 3-byte, pairs, lone halves.
    let seed = 20;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const unit = () => {
      const k = next();
      if (k < 0.4) return String.fromCharCode(0x20 + Math.floor(next() * 0x5f));
      if (k < 0.55) return String.fromCharCode(0x80 + Math.floor(next() * 0x780));
      if (k < 0.8) return String.fromCharCode(0x800 + Math.floor(next() * 0xd000));
      if (k < 0.9) return String.fromCodePoint(0x10000 + Math.floor(next() * 0xfffff));
      return String.fromCharCode(0xd800 + Math.floor(next() * 0x800));
    };
    const random = Array.from({ length: 300 }, () => Array.from({ length: Math.floor(next() * 40) }, unit).join(''));
    for (const set of [random, lines, ['\uffff\u07ff\u0800\ud7ff\ue000', '\udbff\udfff', '\ud800', 'x\udc00']]) {
      const b = encodeLines(set);
      expect(Array.from(b.bytes)).toEqual(Array.from(new TextEncoder().encode(`${set.join('\n')}\n`)));
      expect(b.bytes.buffer.byteLength).toBe(b.bytes.length);
      expect(lineCount(b)).toBe(set.length);
      set.forEach((l, i) => expect(lineText(b, i)).toBe(new TextDecoder().decode(new TextEncoder().encode(l))));
    }
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

describe('a chunk cut into blocks of about a size (IndexedDB writes values over 64 KB as blobs, far faster)', () => {
  it('keeps every line in order, each block at least the size but the last, each with its own buffer', () => {
    const many = Array.from({ length: 500 }, (_, i) => `{"id":"${i}","name":"${'东城'.repeat(i % 17)}"}`);
    for (const size of [1, 100, 1000, 5000, 1e9]) {
      const parts = encodeBlocks(many, size);
      expect(parts.flatMap((p) => linesOf(p))).toEqual(many);
      parts.forEach((p, k) => {
        expect(p.bytes.buffer.byteLength).toBe(p.bytes.length);
        if (k < parts.length - 1) expect(p.bytes.length).toBeGreaterThanOrEqual(size);
        // A block ends at the first line past the size: without its last line it is under it.
        expect(p.ends.length === 1 || p.ends[p.ends.length - 2] + 1 < size).toBe(true);
      });
    }
    expect(encodeBlocks(many, 1e9)).toHaveLength(1);
    // No more lines a block than a reference can address.
    expect(encodeBlocks(many, 1e9, 64).map((p) => p.ends.length)).toEqual([64, 64, 64, 64, 64, 64, 64, 52]);
    expect([encodeBlocks([], 10), encodeLines(Array.from({ length: 70000 }, () => 'x')).ends.length]).toEqual([[], 70000]);
  });
});
