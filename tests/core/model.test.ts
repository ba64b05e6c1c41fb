import { describe, expect, it } from 'vitest';
import { parseCheckFile, parseWith, Plan, CheckFile } from '../../src/core/model';
import { checkFileJsonSchema } from '../../src/core/model/json-schema';
import { readFileSync } from 'node:fs';
import { basePlan } from '../fixtures/builders';

describe('plan model', () => {
  it('accepts the platform Chinese labels as well as codes', () => {
    const p = Plan.parse({ ...basePlan(), scope: '跨部门', kind: '临时抽查计划', participants: [{ departmentId: 'D1', role: '牵头部门' }] });
    expect(p.scope).toBe('joint');
    expect(p.kind).toBe('temporary');
    expect(p.participants[0].role).toBe('lead');
  });

  it('refuses bad input with the path of the field, in Chinese and English', () => {
    const r = parseWith(Plan, { ...basePlan(), year: 26, end: '2026-02-30', items: [{ itemId: 'I1', ratePercent: 120 }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path, e]));
    expect(Object.keys(byPath).sort()).toEqual(['end', 'items[0].ratePercent', 'year']);
    expect(byPath.end.zh).toMatch(/日期无效/);
    expect(byPath.end.en).toMatch(/invalid date/);
    expect(byPath['items[0].ratePercent'].zh).toMatch(/[\u4e00-\u9fff]/);
    expect(byPath['items[0].ratePercent'].en).toMatch(/100/);
  });

  it('reads one plan, an array of plans, or a dossier', () => {
    const one = parseCheckFile(basePlan());
    const many = parseCheckFile([basePlan(), basePlan({ id: 'P2' })]);
    const dossier = parseCheckFile({ year: 2026, plans: [basePlan()], itemList: [] });
    expect(one.ok && one.value.plans.length).toBe(1);
    expect(many.ok && many.value.plans.map((p) => p.id)).toEqual(['P1', 'P2']);
    expect(dossier.ok && dossier.value.year).toBe(2026);
  });

  it('names the plan index in an array', () => {
    const r = parseCheckFile([basePlan(), { ...basePlan(), name: '' }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].path).toBe('[1].name');
  });

  it('publishes the file format as JSON Schema, kept in docs/', () => {
    const schema = checkFileJsonSchema();
    expect(JSON.stringify(schema)).toContain('ratePercent');
    const committed = JSON.parse(readFileSync(new URL('../../docs/plan-file.schema.json', import.meta.url), 'utf8'));
    expect(committed, 'regenerate with: npx dra schema > docs/plan-file.schema.json').toEqual(schema);
    expect(CheckFile).toBeDefined();
  });
});
