import { describe, expect, it } from 'vitest';
import { LOG_REFUSED, refusedCsv, refusedLines, type RefusedRow } from '../../src/ui/liaison/import-log';

const rows = (n: number): RefusedRow[] => Array.from({ length: n }, (_, i) => ({ source: 'results.csv', row: i + 2, reason: i % 2 ? '检查日期：日期「2026-13-01」无法识别' : '所属任务「区抽查〔2026〕99号」不在已读入的任务清单中' }));

describe('the liaison import log: every refused row said, the log kept short', () => {
  it.each([
    [0, 0, false],
    [1, 1, false],
    [LOG_REFUSED, LOG_REFUSED, false],
    [LOG_REFUSED + 1, LOG_REFUSED + 1, true],
    [100_000, LOG_REFUSED + 1, true],
  ])('%i refused rows: %i log lines, a count of the rest: %s', (n, lines, more) => {
    const out = refusedLines(rows(n));
    expect(out).toHaveLength(lines);
    if (n) expect(out[0]).toBe('  ✖ 第 2 行：所属任务「区抽查〔2026〕99号」不在已读入的任务清单中');
    expect(out.at(-1)?.includes(`另有 ${n - LOG_REFUSED} 行拒收`) ?? false).toBe(more);
  });

  it('the CSV holds every refused row, with its source, row and reason, quoted where needed', () => {
    const all = [...rows(LOG_REFUSED + 5), { source: 'a,b.csv', row: 7, reason: '说"明"' }];
    const csv = refusedCsv(all);
    expect(csv.startsWith('\uFEFF来源,行号,原因\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(all.length + 1);
    expect(lines[1]).toBe('results.csv,2,所属任务「区抽查〔2026〕99号」不在已读入的任务清单中');
    expect(lines.at(-1)).toBe('"a,b.csv",7,"说""明"""');
  });
});
