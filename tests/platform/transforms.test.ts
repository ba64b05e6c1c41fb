import { describe, expect, it } from 'vitest';
import { coerce, parseDate, parseNumber, splitList } from '../../src/platform/transforms';

describe('dates as platforms write them', () => {
  it.each([
    ['2025-12-05', '2025-12-05'],
    ['2025/12/05', '2025-12-05'],
    ['2025.12.5', '2025-12-05'],
    ['2025年12月5日', '2025-12-05'],
    ['2025 年 12 月 5 日', '2025-12-05'],
    ['２０２５年１２月５日', '2025-12-05'],
    ['20251205', '2025-12-05'],
    ['2025-12-05 09:30:00', '2025-12-05'],
    ['2025/12/5 9:30', '2025-12-05'],
    ['2025年12月5日 9时30分', '2025-12-05'],
    ['2025-12-05T09:30:00+08:00', '2025-12-05'],
  ])('%s → %s', (raw, iso) => expect(parseDate(raw)).toBe(iso));
  it.each(['2025-13-01', '2025-02-30', '12/05/2025', '2025年', 'next week', ''])('%s is not a day', (raw) => expect(parseDate(raw)).toBeUndefined());
});

describe('numbers with their units', () => {
  it.each([
    ['25%', 25],
    ['25 %', 25],
    ['300户', 300],
    ['12家', 12],
    ['1,200', 1200],
    ['１２００', 1200],
    ['15.5', 15.5],
  ])('%s → %s', (raw, n) => expect(parseNumber(raw)).toBe(n));
  it.each(['约300', '三百', '25%%', ''])('%s is not a number', (raw) => expect(parseNumber(raw)).toBeUndefined());
});

describe('lists joined in one value', () => {
  it('splits on commas and 顿号, keeping brackets whole', () => {
    expect(splitList('A058,A012，A027、A014')).toEqual(['A058', 'A012', 'A027', 'A014']);
    expect(splitList('市场监管局（食品,药品）,卫生健康委【疾控,监督】')).toEqual(['市场监管局（食品,药品）', '卫生健康委【疾控,监督】']);
    expect(splitList('a;b', ';')).toEqual(['a', 'b']);
    expect(splitList(' , ,')).toEqual([]);
  });
});

describe('typing a value for the model', () => {
  it.each([
    ['year', '2025年', 2025],
    ['year', '2025', 2025],
    ['date', '2025.12.5', '2025-12-05'],
    ['percent', '15%', 15],
    ['count', '300户', 300],
    ['boolean', '定向', true],
    ['boolean', '否', false],
    ['scope', '跨部门双随机抽查', 'joint'],
    ['itemKind', '重点', 'key'],
    ['quantityMode', '固定', 'fixed'],
    ['list', 'A,B', ['A', 'B']],
  ] as const)('%s 「%s」 → %j', (type, raw, value) => expect(coerce(type, raw)).toEqual({ ok: true, value }));
  it.each([
    ['date', '2025-13-01', '日期「2025-13-01」无法识别'],
    ['year', '明年', '年度「明年」无法识别'],
    ['count', '12.5户', '户数「12.5户」不是整数'],
    ['scope', '3', '值「3」不是可识别的取值'],
    ['text', ['a', 'b'], '应为一个值，读到 2 个'],
  ] as const)('%s 「%s」 is refused, saying why', (type, raw, why) => {
    const r = coerce(type, raw as never);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.zh).toContain(why);
  });
});
