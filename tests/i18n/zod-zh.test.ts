import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseWith } from '../../src/core/model/parse';
import { Plan } from '../../src/core/model/plan';
import { latinWords } from '../../src/i18n/latin';

/** One schema and one bad input: the Chinese message a user reads, whole. */
const cases: Array<[string, z.ZodType, unknown, string]> = [
  ['number over its maximum', z.object({ ratePercent: z.number().max(100) }), { ratePercent: 120 }, 'ratePercent: 过大：不能大于 100'],
  ['number under an open minimum', z.object({ n: z.number().gt(0) }), { n: 0 }, 'n: 过小：应大于 0'],
  ['text where a number belongs', z.object({ n: z.number() }), { n: '12' }, 'n: 应为数字，实为文本'],
  ['missing field', z.object({ name: z.string() }), {}, 'name: 未填写（应为文本）'],
  ['integer', z.object({ k: z.number().int() }), { k: 1.5 }, 'k: 应为整数，实为数字'],
  ['list where an object belongs', z.object({ o: z.object({}) }), { o: [] }, 'o: 应为对象，实为列表'],
  ['boolean', z.object({ b: z.boolean() }), { b: 'yes' }, 'b: 应为是或否，实为文本'],
  ['null', z.object({ s: z.string() }), { s: null }, 's: 应为文本，实为空值'],
  ['one allowed value', z.object({ v: z.literal('A') }), { v: 'B' }, 'v: 应为 “A”'],
  ['enum', z.object({ c: z.enum(['A', 'B', 'C', 'D']) }), { c: 'E' }, 'c: 应为以下之一：“A”、“B”、“C”、“D”'],
  ['empty text', z.object({ s: z.string().min(1) }), { s: '' }, 's: 不能为空'],
  ['text too long', z.object({ s: z.string().max(3) }), { s: 'abcd' }, 's: 过长：最多 3 个字符'],
  ['too few items', z.object({ a: z.array(z.number()).min(2) }), { a: [1] }, 'a: 过短：至少 2 项'],
  ['regex', z.object({ d: z.string().regex(/^\d{4}$/) }), { d: 'x' }, 'd: 格式不符'],
  ['ISO date', z.object({ d: z.iso.date() }), { d: '2026-13-01' }, 'd: 不是有效的日期（如 2026-06-01）'],
  ['multiple of', z.object({ m: z.number().multipleOf(5) }), { m: 7 }, 'm: 应为 5 的倍数'],
  ['unknown field', z.strictObject({ a: z.number() }), { a: 1, extra: 2 }, '(root): 有无法识别的字段：extra'],
  ['union', z.object({ u: z.union([z.number(), z.boolean()]) }), { u: 'x' }, 'u: 不符合任何一种允许的格式'],
];

describe('zod refusals in plain Chinese', () => {
  it.each(cases)('%s', (_name, schema, input, expected) => {
    const r = parseWith(schema, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(`${r.errors[0].path}: ${r.errors[0].zh}`).toBe(expected);
    // The English beside it is still zod's own.
    expect(r.errors[0].en).toMatch(/[A-Za-z]/);
  });

  it('no message of the table carries an English word (field names aside)', () => {
    for (const [, schema, input] of cases) {
      const r = parseWith(schema, input);
      if (r.ok) throw new Error('expected a refusal');
      for (const e of r.errors) expect(latinWords(e.zh.replace(/[“”]|extra/g, ' '))).toEqual([]);
    }
  });

  it('a malformed plan is refused field by field in Chinese', () => {
    const r = parseWith(Plan, { id: 7, items: 'none' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.length).toBeGreaterThan(1);
    for (const e of r.errors) expect(latinWords(e.zh)).toEqual([]);
  });
});
