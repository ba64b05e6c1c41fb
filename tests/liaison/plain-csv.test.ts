// A plain CSV export (no quotes) is split directly instead of through the spreadsheet library's cell objects (issue
// 20: a million results took a minute to read). Both readings must give the same rows; anything not plain goes to
// the library.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsv, libraryCsvRows, readListFile } from '../../src/core/liaison';
import { plainCsvRows } from '../../src/core/liaison/lists/plain-csv';
import { benchYearFiles } from '../../bench/liaison.bench';
import { fixtureRandom } from '../../src/sandbox/generate-registries';

const dir = join(__dirname, '../fixtures/liaison');

/** Texts with what CSV exports hold: Chinese, empty and trailing cells, blank lines, every line break, other separators. */
function randomText(seed: number): string {
  const r = fixtureRandom(seed).int;
  const pieces = ['任务编号', 'T1', '2026-03-01', '', ' ', '区市场监管局', '9111000', 'a;b', 'x\ty', 'p|q', '对象 1', '=1+2', 'TRUE', '１２'];
  const breaks = ['\n', '\r\n', '\r'];
  const lines = Array.from({ length: 1 + r(12) }, () => Array.from({ length: r(6) }, () => pieces[r(pieces.length)]).join(','));
  const br = breaks[r(3)];
  return lines.map((l) => l + (r(5) ? br : breaks[r(3)])).join('').slice(0, r(4) ? undefined : -1);
}

describe('plain CSV rows', () => {
  it('read the same rows as the library from every CSV fixture and random export-like texts', () => {
    const texts = readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => decodeCsv(readFileSync(join(dir, f))));
    expect(texts.length).toBeGreaterThan(0);
    for (let seed = 1; seed <= 300; seed++) texts.push(randomText(seed));
    let plain = 0;
    for (const t of texts) {
      const rows = plainCsvRows(t);
      if (!rows) continue;
      plain++;
      expect(rows, JSON.stringify(t)).toEqual(libraryCsvRows(t));
    }
    // Most random texts are plain (comma-separated): the comparison is not empty.
    expect(plain).toBeGreaterThan(150);
  });

  it('leave quoted cells, a "sep=" line and texts with more tabs or semicolons than commas to the library', () => {
    for (const t of ['a,"b,c"\n1,2', 'sep=;\na;b', 'a\tb\tc\n1,2', 'a;b;c,d', 'a|b|c']) expect(plainCsvRows(t), t).toBeUndefined();
    // …and the library still reads them (a quoted comma stays in its cell).
    expect(readListFile('x.csv', new TextEncoder().encode('任务编号,任务名称\n"T,1",x')).length).toBe(1);
  });

  it('a year of 1,200 results reads to the same records either way', () => {
    const { results } = benchYearFiles(1200);
    const text = decodeCsv(results);
    expect(plainCsvRows(text)).toEqual(libraryCsvRows(text));
  });
});
