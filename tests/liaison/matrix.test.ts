import { describe, expect, it } from 'vitest';
import { Dossier, type DossierInput } from '../../src/core/model';
import { loadProfile } from '../../src/core/profiles';
import { chinaCalendar } from '../../src/core/calendar';
import { buildMatrix, chartData, LIAISON_RULES, upcomingDeadlines, type CellColour } from '../../src/core/liaison';
import { allRules } from '../../src/core/rules/registry';
import { jointTask, ownTask, year } from '../fixtures/annual-builders';

const profile = loadProfile('baseline');
const matrixOf = (input: DossierInput, asOf = '2026-11-23', p = profile) => buildMatrix(Dossier.parse(input), p, { asOf });

const res = (objectId: string, checkedOn: string, publishedOn?: string, uploadedOn = checkedOn) => ({ objectId, checkedOn, uploadedOn, publishedOn, category: '未发现问题' });

interface Case {
  name: string;
  dossier: DossierInput;
  rule: string;
  /** expected colour and fail count per department */
  expect: Record<string, [CellColour, number]>;
  /** expected subject ids behind the cell, with the department's role, for one department */
  subjects?: { department: string; ids: Array<[string, string]> };
  /** the user's overrides on the baseline (a severity changed by a profile shows in the colour) */
  overrides?: unknown;
}

const cases: Case[] = [
  {
    name: 'joint checks: the environment bureau joined none (red, 1); the others green',
    dossier: year([jointTask('SCJG', ['WSJK'], 1), ownTask('STHJ', 1)]),
    rule: 'annual.joint-per-department',
    expect: { SCJG: ['green', 0], WSJK: ['green', 0], STHJ: ['red', 1] },
  },
  {
    name: 'joint share: one joint in eleven is below 10% (要达到…10%以上: an error) — red on every department',
    dossier: year([jointTask('SCJG', ['WSJK', 'STHJ'], 1), ...Array.from({ length: 10 }, (_, i) => ownTask('SCJG', i))]),
    rule: 'annual.joint-share',
    expect: { SCJG: ['red', 1], WSJK: ['red', 1], STHJ: ['red', 1] },
  },
  {
    name: 'task ending after 30 Nov: red for the lead and the responder of that task, not for the third department',
    dossier: year([jointTask('SCJG', ['WSJK'], 1, { end: '2026-12-10' }), ownTask('STHJ', 1, { end: '2026-10-01' })]),
    rule: 'plan.schedule.end-by',
    expect: { SCJG: ['red', 1], WSJK: ['red', 1], STHJ: ['green', 0] },
    subjects: { department: 'WSJK', ids: [['SCJG-joint-1', 'responding']] },
  },
  {
    name: 'late publication (25 working days) counts against each department of the task, result by result',
    dossier: year([
      jointTask('SCJG', ['WSJK'], 1, { end: '2026-11-20', results: [res('E1', '2026-06-01', '2026-07-06'), res('E2', '2026-06-01', '2026-06-10')] }),
      ownTask('STHJ', 1, { end: '2026-11-20', results: [res('E3', '2026-06-01', '2026-06-05')] }),
    ]),
    rule: 'result.publish-deadline',
    expect: { SCJG: ['red', 1], WSJK: ['red', 1], STHJ: ['green', 0] },
    subjects: { department: 'SCJG', ids: [['SCJG-joint-1/E1', 'lead']] },
  },
  {
    name: 'checked, task over, never published: done but unpublished (red)',
    dossier: year([ownTask('WSJK', 1, { end: '2026-09-30', results: [res('E1', '2026-09-01'), res('E2', '2026-09-01', '2026-09-10')] })]),
    rule: 'result.unpublished-is-undone',
    expect: { WSJK: ['red', 1], SCJG: ['grey', 0] },
  },
  {
    name: 'annual plan filed late (应于每年4月底前: error → red) for the plan’s departments',
    dossier: year([ownTask('SCJG', 1)], {}, { filedOn: '2026-05-15', participants: [{ departmentId: 'SCJG', role: 'lead' }] }),
    rule: 'plan.schedule.annual-due',
    expect: { SCJG: ['red', 1] },
  },
  {
    name: 'the annual plan filed late under a profile that makes it a warning: amber',
    dossier: year([ownTask('SCJG', 1)], {}, { filedOn: '2026-05-15', participants: [{ departmentId: 'SCJG', role: 'lead' }] }),
    rule: 'plan.schedule.annual-due',
    overrides: { rules: { 'plan.schedule.annual-due': { severity: 'warn' } } },
    expect: { SCJG: ['amber', 1] },
  },
];

describe('liaison matrix', () => {
  it('knows every liaison rule', () => {
    for (const id of LIAISON_RULES) expect(allRules.some((r) => r.meta.id === id), id).toBe(true);
  });
  for (const c of cases)
    it(c.name, () => {
      const m = matrixOf(c.dossier, undefined, c.overrides ? loadProfile('baseline', c.overrides) : profile);
      for (const [dep, [colour, fails]] of Object.entries(c.expect)) {
        const cell = m.cells[dep][c.rule];
        expect({ dep, colour: cell.colour, fails: cell.fails }).toEqual({ dep, colour, fails });
      }
      if (c.subjects) {
        const cell = m.cells[c.subjects.department][c.rule];
        expect(cell.subjects.filter((s) => s.status === 'fail').map((s) => [s.subject.id, s.role])).toEqual(c.subjects.ids);
        for (const s of cell.subjects) expect(s.finding.citations.length).toBeGreaterThan(0);
      }
    });
  it('judges only the plans of its year', () => {
    const m = matrixOf(year([ownTask('SCJG', 1)], { plans: [{ id: 'OLD', name: '2025', year: 2025, tasks: [ownTask('SCJG', 2, { end: '2025-12-31' })] }, { id: 'Y', name: '2026', year: 2026, end: '2026-11-30', tasks: [ownTask('SCJG', 1, { end: '2026-11-01' })] }] }));
    expect(m.cells.SCJG['plan.schedule.end-by'].fails).toBe(0);
  });
  it('refuses a dossier without a year', () => {
    expect(() => buildMatrix(Dossier.parse({ plans: [] }), profile, { asOf: '2026-11-23' })).toThrow(/year/);
  });
});

describe('upcoming deadlines (20 working days, holidays counted)', () => {
  const cal = chinaCalendar();
  it('lists task ends, upload and publication deadlines inside the window, in date order, and nothing outside', () => {
    const d = Dossier.parse(year([
      ownTask('SCJG', 1, { end: '2026-11-30', results: [{ objectId: 'E1', checkedOn: '2026-11-20' }] }),
      ownTask('WSJK', 2, { end: '2026-12-31' }),
      ownTask('STHJ', 3, { end: '2026-11-10' }),
    ]));
    const { until, deadlines } = upcomingDeadlines(d, profile, '2026-11-23', cal);
    expect(until).toBe('2026-12-21');
    expect(deadlines.map((x) => [x.date, x.kind, x.taskId])).toEqual([
      ['2026-11-30', 'task-end', 'SCJG-own-1'],
      ['2026-12-01', 'result-upload', 'SCJG-own-1'], // 7 working days after Friday 11-20
      ['2026-12-18', 'result-publish', 'SCJG-own-1'], // 20 working days after 11-20
    ]);
    expect(deadlines[0].workingDaysLeft).toBe(5);
  });
  it('over the National Day holiday the publication deadline moves past the holiday week', () => {
    const d = Dossier.parse(year([ownTask('SCJG', 1, { end: '2026-11-30', results: [{ objectId: 'E1', checkedOn: '2026-09-25', uploadedOn: '2026-09-25' }] })]));
    const pub = upcomingDeadlines(d, profile, '2026-10-09', cal).deadlines.find((x) => x.kind === 'result-publish');
    expect(pub?.date).toBe(cal.addWorkingDays('2026-09-25', 20));
    expect(pub!.date > '2026-10-23').toBe(true);
  });
  it('names the departments that have not filed an annual plan before it is due', () => {
    const d = Dossier.parse(year([ownTask('SCJG', 1)], {}, { filedOn: '2026-03-01', participants: [{ departmentId: 'SCJG', role: 'lead' }] }));
    const due = upcomingDeadlines(d, profile, '2026-04-10', cal).deadlines.find((x) => x.kind === 'annual-plan-due');
    expect(due).toMatchObject({ date: '2026-04-30', departments: ['WSJK', 'STHJ'] });
  });
});

describe('chart data', () => {
  it('counts checks per month and department and bins publication delays in working days', () => {
    const d = Dossier.parse(year([
      jointTask('SCJG', ['WSJK'], 1, { results: [res('E1', '2026-03-02', '2026-03-04'), res('E2', '2026-03-03', '2026-04-03')] }),
      ownTask('STHJ', 1, { results: [res('E3', '2026-06-01'), res('E4', '2026-06-02', '2026-06-22')] }),
    ]));
    const c = chartData(d, chinaCalendar());
    expect(c.perMonth[2]).toEqual({ month: '2026-03', total: 2, byDepartment: { SCJG: 2, WSJK: 2 } });
    expect(c.perMonth[5].total).toBe(2);
    expect(c.perDepartment).toEqual([
      { departmentId: 'SCJG', tasks: 1, jointTasks: 1, checks: 2 },
      { departmentId: 'WSJK', tasks: 1, jointTasks: 1, checks: 2 },
      { departmentId: 'STHJ', tasks: 1, jointTasks: 0, checks: 2 },
    ]);
    expect(Object.fromEntries(c.publicationDelay.map((b) => [b.bin, b.count]))).toEqual({ '0–5': 1, '6–10': 0, '11–15': 1, '16–20': 0, '21–30': 1, '>30': 0, unpublished: 1 });
  });
});
