// A random year as the extension's store holds it (tests/liaison/incremental-view.test.ts): plan, task and result
// rows read from files, each keyed as the store keys it (the latest read of a key wins), listed in key order as
// liaison.list gives them. Drawn by the project's seeded generator: a seed names the same year on every run.
import { fixtureRandom } from '../../../src/sandbox/generate-registries';
import { liaisonKey } from '../../../src/storage/liaison-records';
import type { KeyedListRecord } from '../../../src/core/liaison';
import { day } from './random-year';

type Row = Pick<KeyedListRecord, 'kind' | 'values'>;

/** The rows of a random year: a plan file, a task file and result rows to be split into files by the caller. */
export function randomRows(seed: number): { plans: Row[]; tasks: Row[]; results: Row[] } {
  const g = fixtureRandom(seed);
  const deps = ['区市场监管局', '区卫生健康委', '区生态环境局', '区应急管理局'];
  const plans: Row[] = [{ kind: 'plan', values: { id: 'P1', name: '2026年度抽查计划', year: 2026, departments: deps.slice(0, 3), kind: 'annual', period: { start: '2026-01-01', end: '2026-12-31' }, ...(g.next() < 0.5 ? { filedOn: '2026-02-10' } : {}) } }];
  const objects = Array.from({ length: 8 + g.int(30) }, (_, i) => `9111000000000${String(i).padStart(5, '0')}`);
  const tasks: Row[] = [];
  const results: Row[] = [];
  const nTasks = 3 + g.int(8);
  for (let t = 0; t < nTasks; t++) {
    const lead = g.pick(deps);
    const joint = g.next() < 0.4;
    const start = day('2026-02-01', g.int(200));
    tasks.push({ kind: 'task', values: { id: `T${t}`, name: `任务${t}`, lead, departments: joint ? [lead, g.pick(deps.filter((x) => x !== lead))] : [lead], period: { start, end: day(start, 20 + g.int(120)) }, ...(g.next() < 0.7 ? { planId: 'P1' } : {}), plannedChecks: 5 + g.int(20) } });
    for (let r = 0, n = g.int(30); r < n; r++) {
      const checkedOn = g.next() < 0.05 ? '2031-03-02' : day(start, g.int(60));
      results.push({
        kind: 'result',
        values: {
          // Most rows name their task by number, some by name, a few a task not in the lists (refused when linked).
          ...(g.next() < 0.8 ? { taskId: `T${t}` } : g.next() < 0.9 ? { taskName: `任务${t}` } : { taskId: `T-missing-${t}` }),
          objectId: g.pick(objects),
          objectName: `对象${g.int(9)}`,
          category: '未发现问题',
          checkedOn,
          ...(g.next() < 0.9 ? { uploadedOn: day(checkedOn, g.pick([0, 0, 0, 1, 3, 9])) } : {}),
          ...(g.next() < 0.2 ? { uploadDelayReason: g.pick(['设备故障', '停电']) } : {}),
          ...(g.next() < 0.8 ? { publishedOn: day(checkedOn, g.int(45)) } : {}),
        },
      });
    }
  }
  return { plans, tasks, results };
}

/** The store: files saved in turn (a key read again is replaced), listed in key order. */
export class FakeStore {
  private rows = new Map<string, KeyedListRecord>();
  private clock = 0;
  save(name: string, rows: Row[]): void {
    const readAt = new Date(Date.UTC(2026, 10, 23, 8, 0, this.clock++)).toISOString();
    rows.forEach((r, i) => {
      const key = liaisonKey({ ...r, row: i + 2 });
      if (key) this.rows.set(key, { key, kind: r.kind, values: r.values, source: { kind: 'file', name }, row: i + 2, readAt });
    });
  }
  remove(name: string): void {
    for (const [k, r] of this.rows) if (r.source.name === name) this.rows.delete(k);
  }
  list(): KeyedListRecord[] {
    return [...this.rows.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}
