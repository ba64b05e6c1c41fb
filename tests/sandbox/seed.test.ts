import { describe, expect, it } from 'vitest';
import { checkUscc, CheckItem, Dossier, Inspector, ObjectRecord, Plan, Task } from '../../src/core/model';
import { seedData } from '../../src/sandbox/seed';
import { evaluate } from '../../src/core/rules/evaluate';
import { loadProfile } from '../../src/core/profiles';

const d = seedData();

describe('seed data', () => {
  it('is deterministic, and a fresh copy each time', () => {
    expect(JSON.stringify(seedData())).toBe(JSON.stringify(d));
    const other = seedData();
    other.items[0].name = 'changed';
    expect(seedData().items[0].name).not.toBe('changed');
  });

  it('has a few thousand objects with valid USCCs, every credit class and some flags', () => {
    expect(d.objects.length).toBe(3000);
    expect(d.objects.every((o) => checkUscc(o.uscc!) === 'valid')).toBe(true);
    expect(new Set(d.objects.map((o) => o.uscc)).size).toBe(3000);
    expect(new Set(d.objects.map((o) => o.creditClass))).toEqual(new Set(['A', 'B', 'C', 'D']));
    expect(d.objects.some((o) => o.flags.abnormal)).toBe(true);
    expect(d.objects.some((o) => o.riskWarning)).toBe(true);
    // The name says the registry's type.
    expect(d.objects.filter((o) => o.type === '个体工商户').every((o) => o.name!.endsWith('经营部'))).toBe(true);
  });

  it('has a hundred inspectors of the three kinds, experts, conflicts, some inactive, with well-formed ID numbers', () => {
    expect(d.inspectors.length).toBe(100);
    expect(new Set(d.inspectors.map((i) => i.registryKind))).toEqual(new Set(['civil-servant', 'qualified', 'supervisory']));
    expect(d.inspectors.some((i) => i.expert)).toBe(true);
    expect(d.inspectors.some((i) => i.conflicts.length)).toBe(true);
    expect(d.inspectors.some((i) => !i.active)).toBe(true);
    expect(d.inspectors.every((i) => /^\d{17}[\dX]$/.test(i.idNumber!))).toBe(true);
  });

  it('has key and general items, each with a library that exists', () => {
    expect(new Set(d.items.map((i) => i.kind))).toEqual(new Set(['key', 'general']));
    expect(d.items.every((i) => d.libraries.some((l) => l.id === i.libraryId))).toBe(true);
  });

  it('stores the model’s shapes, so the extension reads the same data', () => {
    for (const o of d.objects.slice(0, 50)) expect(ObjectRecord.safeParse(o).success).toBe(true);
    for (const i of d.inspectors) expect(Inspector.safeParse(i).success).toBe(true);
    for (const i of d.items) expect(CheckItem.safeParse(i).success).toBe(true);
    for (const p of d.plans) expect(Plan.safeParse(p).error).toBeUndefined();
    for (const t of d.tasks) expect(Task.safeParse(t).error).toBeUndefined();
  });

  it('holds a year of plans and tasks in every list state, lead and participating', () => {
    expect(new Set(d.plans.map((p) => p.status))).toEqual(new Set(['待执行', '执行中', '已完成']));
    expect(new Set(d.plans.map((p) => p.notice))).toEqual(new Set(['已公告', '未公告']));
    expect(new Set(d.tasks.map((t) => t.status))).toEqual(new Set(['待抽取对象', '待设置任务计划', '实施中', '已完成']));
    const lead = (t: (typeof d.tasks)[number]) => t.participants.find((p) => p.role === 'lead')?.departmentId;
    expect(d.tasks.some((t) => t.scope === 'joint' && lead(t) !== 'SCJG' && t.participants.some((p) => p.departmentId === 'SCJG'))).toBe(true);
    expect(new Set(d.tasks.flatMap((t) => t.results.map((r) => r.state)).filter(Boolean))).toEqual(new Set(['待审核', '已公示', '审核退回']));
    expect(d.plans.find((p) => p.id === 'JH-2026-002')!.participants).toHaveLength(6);
    expect(d.tasks.some((t) => t.end === '2026-12-05')).toBe(true);
  });

  it('is some compliant and some not, by the product’s own rules', () => {
    const dossier = Dossier.parse({ itemList: d.items, plans: d.plans.map((p) => ({ ...p, tasks: d.tasks.filter((t) => t.planId === p.id) })) });
    const report = evaluate(dossier, loadProfile('baseline'), { asOf: d.today });
    const failing = new Set(report.findings.filter((f) => f.status === 'fail').map((f) => f.ruleId));
    for (const id of ['plan.joint.max-departments', 'plan.schedule.end-by', 'plan.rate.general-bounds', 'plan.nonrandom.campaign-label', 'result.publish-deadline'])
      expect(failing, id).toContain(id);
    for (const id of ['JH-2026-001', 'JH-2026-006'])
      expect(report.findings.some((f) => f.subject.id === id && f.status === 'fail' && f.severity === 'error'), id).toBe(false);
  });
});
