import { describe, expect, it } from 'vitest';
import { checkDepartment, knownDepartments } from '../../src/core/known-departments';

describe('knownDepartments', () => {
  it('pairs a code seen alone with the name another source gives it, and keeps every source', () => {
    const k = knownDepartments([
      { from: 'registry', code: 'SCJG' },
      { from: 'itemList', name: '区市场监管局', code: 'SCJG' },
      { from: 'liaison', name: '区市场监管局' },
      { from: 'templates', name: 'WSJK' },
      { from: 'registry', code: '区应急管理局' },
    ]);
    expect(k).toEqual([
      { value: '区市场监管局', name: '区市场监管局', code: 'SCJG', from: ['registry', 'itemList', 'liaison'] },
      { value: '区应急管理局', name: '区应急管理局', from: ['registry'] },
      { value: 'WSJK', code: 'WSJK', from: ['templates'] },
    ].sort((a, b) => a.value.localeCompare(b.value, 'zh-CN')));
  });
  it('drops empty and over-long names', () => {
    expect(knownDepartments([{ from: 'liaison', name: '  ' }, { from: 'liaison', name: '局'.repeat(101) }])).toEqual([]);
  });
});

describe('checkDepartment', () => {
  const known = knownDepartments([{ from: 'itemList', name: '区市场监管局', code: 'SCJG' }]);
  it('a known code becomes the name; a name is kept; empty means none', () => {
    expect(checkDepartment(' SCJG ', known)).toMatchObject({ ok: true, value: '区市场监管局', known: { code: 'SCJG' } });
    expect(checkDepartment('区财政局', known)).toEqual({ ok: true, value: '区财政局' });
    expect(checkDepartment('   ', known)).toEqual({ ok: true, value: '' });
  });
  it('refuses what the per-department lines or a page cannot hold', () => {
    expect(checkDepartment('局=baseline', known)).toMatchObject({ ok: false, reason: 'badChar' });
    expect(checkDepartment('局'.repeat(101), known)).toMatchObject({ ok: false, reason: 'tooLong', length: 101 });
  });
});
