import { describe, expect, it } from 'vitest';
import { liaisonView } from '../../src/core/liaison';
import { loadProfile } from '../../src/core/profiles';
import { expected, importFixtures } from './fixture-data';

describe('the liaison fixtures (exported lists of 2026, four departments)', () => {
  const { dossier, account } = importFixtures();
  const view = liaisonView(dossier, loadProfile(expected.profile), { asOf: expected.asOf });

  it('reads every row and accounts for each refused one by file and row number', () => {
    expect(account.sheets.map((s) => s.kind)).toEqual(['plan', 'task', 'result']);
    expect(account.totals.read).toBe(expected.accounting.read);
    const refused = [...account.sheets.flatMap((s) => s.refused), ...account.linking].map((r) => ({ source: r.source, row: r.row }));
    expect(refused).toEqual(expected.accounting.refused);
    expect(account.totals.refused).toBe(expected.accounting.refused.length);
    expect(account.totals.kept).toBe(expected.accounting.read - expected.accounting.refused.length);
    const reasons = [...account.sheets.flatMap((s) => s.refused), ...account.linking].map((r) => r.reason).join('\n');
    expect(reasons).toMatch(/任务期限：必填项为空/);
    expect(reasons).toMatch(/检查日期：日期「2026-13-01」无法识别/);
    expect(reasons).toMatch(/所属任务「区抽查〔2026〕99号」不在已读入的任务清单中/);
  });

  it('judges the year (2026 only) for the four departments', () => {
    expect(dossier.year).toBe(expected.year);
    expect(view.matrix.departments.map((d) => d.id)).toEqual(expected.departments);
  });

  it('finds exactly the known violations, each on the departments taking part', () => {
    const found = view.matrix.findings.filter((f) => f.status === 'fail').map((f) => `${f.ruleId} ${f.subject.id}`).sort();
    expect(found).toEqual(expected.violations.map((v: { ruleId: string; subject: string }) => `${v.ruleId} ${v.subject}`).sort());
    for (const v of expected.violations as Array<{ ruleId: string; subject: string; departments: string[] }>) {
      const onDeps = view.matrix.departments
        .filter((d) => view.matrix.cells[d.id][v.ruleId].subjects.some((s) => s.status === 'fail' && s.subject.id === v.subject))
        .map((d) => d.id);
      expect({ v: v.subject, onDeps }).toEqual({ v: v.subject, onDeps: v.departments });
    }
  });

  it('colours the cells: red for errors, amber for warnings, green where checked and clean', () => {
    const c = (dep: string, rule: string) => view.matrix.cells[dep][rule];
    expect(c('区应急管理局', 'annual.joint-per-department').colour).toBe('red');
    expect(c('区市场监管局', 'annual.joint-per-department').colour).toBe('green');
    expect(c('区卫生健康委', 'plan.schedule.annual-due').colour).toBe('red'); // 应于每年4月底前: an error since severities follow the words
    expect(c('区市场监管局', 'result.publish-deadline')).toMatchObject({ colour: 'red', fails: 2 });
    expect(c('区市场监管局', 'strategy.entity-frequency')).toMatchObject({ colour: 'amber', fails: 1 });
    expect(c('区生态环境局', 'result.upload-same-day').colour).toBe('green');
  });

  it('lists the deadlines of the next 20 working days', () => {
    expect(view.deadlines.map((d) => ({ date: d.date, kind: d.kind, taskId: d.taskId }))).toEqual(expected.deadlines);
  });
});
