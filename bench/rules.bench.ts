// Rule evaluation: a joint plan with 5 departments, 10 inspectors and 50 items through every rule,
// against an empty plan through the same engine (the ratio is what compares across machines).
import { Dossier } from '../src/core/model';
import { evaluate } from '../src/core/rules/evaluate';
import { loadProfile } from '../src/core/profiles';
import { chinaCalendar } from '../src/core/calendar';
import { fmtMs, measureBatched, type BenchSuite } from './harness';

export function benchPlanDossier(items = 50): Dossier {
  const departments = Array.from({ length: 5 }, (_, i) => ({ departmentId: `D${i + 1}`, name: `部门${i + 1}`, role: i ? 'responding' : 'lead', consultedInWriting: true }));
  const inspectors = Array.from({ length: 10 }, (_, i) => `ZF-${i + 1}`);
  return Dossier.parse({
    plans: [
      {
        id: 'BENCH',
        name: '基准测试联合抽查计划',
        year: 2026,
        scope: 'joint',
        participants: departments,
        start: '2026-03-01',
        end: '2026-11-30',
        filedOn: '2026-03-20',
        directed: false,
        inspectorIds: inspectors,
        items: Array.from({ length: items }, (_, i) => ({
          itemId: `I${i}`,
          name: `检查事项${i}`,
          kind: i % 5 ? 'general' : 'key',
          ratePercent: i % 5 ? 3 + (i % 18) : 20 + i,
          legalBasis: '《企业信息公示暂行条例》',
          subject: '区市场监管局',
          content: '公示信息',
          method: '书面检查',
          inList: true,
        })),
        tasks: [
          {
            id: 'T1',
            name: '联合抽查任务',
            scope: 'joint',
            start: '2026-05-01',
            end: '2026-09-30',
            participants: departments,
            inspectorIds: inspectors,
            strategy: { addedBy: 'D1', marketEntities: true, creditClassRates: { A: 2, B: 5, C: 10, D: 30 }, directed: false, inspectorsPerObject: 2 },
          },
        ],
      },
    ],
  });
}

const suite: BenchSuite = {
  name: 'rules',
  run() {
    const profile = loadProfile('baseline');
    const calendar = chinaCalendar();
    const full = benchPlanDossier();
    const empty = Dossier.parse({ plans: [] });
    const opts = { asOf: '2026-06-01', calendar };
    const f = evaluate(full, profile, opts);
    const base = measureBatched('empty plan', () => evaluate(empty, profile, opts), 200);
    const m = measureBatched('full plan', () => evaluate(full, profile, opts), 50);
    return [
      `rules evaluated: ${profile.rules.length}; outcomes on the full plan: ${f.counts.passed} passed, ${f.findings.length} findings`,
      `empty plan (baseline):          median ${fmtMs(base.medianMs)}  p95 ${fmtMs(base.p95Ms)}`,
      `5 depts, 10 inspectors, 50 items: median ${fmtMs(m.medianMs)}  p95 ${fmtMs(m.p95Ms)}  (target ≤ 1 ms)`,
      `ratio full / empty: ${(m.medianMs / base.medianMs).toFixed(1)}×`,
    ];
  },
};

export default suite;
