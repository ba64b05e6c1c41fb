import { describe, expect, it } from 'vitest';
import { CsvReader, csvCell, decodeAll, parseCsv, sniffEncoding } from '../../src/core/registry-import';

describe('CSV records', () => {
  it.each([
    ['plain', 'a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['no final newline', 'a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['mixed endings', 'a\r\nb\nc\rd', [['a'], ['b'], ['c'], ['d']]],
    ['quoted comma', '"a,b",c\n', [['a,b', 'c']]],
    ['doubled quote', '"say ""hi""",x\n', [['say "hi"', 'x']]],
    ['quoted CRLF', '"l1\r\nl2",x\r\ny,z\r\n', [['l1\r\nl2', 'x'], ['y', 'z']]],
    ['empty fields', ',,\n', [['', '', '']]],
    ['trailing comma at EOF', 'a,', [['a', '']]],
    ['blank line kept as one empty cell', 'a\n\nb\n', [['a'], [''], ['b']]],
    // An unclosed quote no longer swallows the rest of the file: its line is read as written (and flagged), the next as usual.
    ['unterminated quote: its own line, as written', '"abc\nd\n', [['"abc'], ['d']]],
    ['text after closing quote', '"a"b,c\n', [['ab', 'c']]],
  ])('%s', (_, text, rows) => {
    expect(parseCsv(text).map((r) => r.cells)).toEqual(rows);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = 'h1,h2\r\n"a\r\nb","c""d"\r\ne,f\rg,"h"\n"",i';
    const whole = parseCsv(text);
    for (let size = 1; size <= 8; size++) {
      const r = new CsvReader();
      const got = [];
      for (let i = 0; i < text.length; i += size) got.push(...r.push(text.slice(i, i + size)));
      got.push(...r.end());
      expect(got).toEqual(whole);
    }
  });

  it('numbers records by the line they start on', () => {
    expect(parseCsv('h\n"a\nb"\nc\n').map((r) => r.row)).toEqual([1, 2, 4]);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+86', "'+86"],
    ['a,b', '"a,b"'],
    ['say "x"', '"say ""x"""'],
    ['-', "'-"],
    ['plain', 'plain'],
  ])('writes %j safely as %j', (v, out) => expect(csvCell(v)).toBe(out));
});

describe('encoding detection', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...enc('名称')]), 'utf-8', '名称'],
    ['UTF-8', enc('名称,行业'), 'utf-8', '名称,行业'],
    ['GBK', new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6]), 'gb18030', '名称'],
    ['UTF-16LE BOM', new Uint8Array([0xff, 0xfe, 0x0d, 0x54, 0xf0, 0x79]), 'utf-16le', '名称'],
    ['UTF-16BE BOM', new Uint8Array([0xfe, 0xff, 0x54, 0x0d, 0x79, 0xf0]), 'utf-16be', '名称'],
    ['UTF-16LE without BOM', new Uint8Array([...'a,b\r\n'].flatMap((c) => [c.charCodeAt(0), 0])), 'utf-16le', 'a,b\r\n'],
  ])('%s', (_, bytes, encoding, text) => {
    const d = decodeAll(bytes);
    expect(d.sniffed.encoding).toBe(encoding);
    expect(d.text).toBe(text);
  });

  it('a UTF-8 character cut at the end of the sample is still UTF-8', () => {
    expect(sniffEncoding(enc('名称').subarray(0, 4)).encoding).toBe('utf-8');
  });
});
