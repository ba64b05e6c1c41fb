// A random year for the liaison tests (fast view, cell pages, incremental views): drawn by the project's seeded
// generator, so a seed names the same year on every run.
import type { DossierInput } from '../../../src/core/model';
import { jointTask, ownTask, year } from '../../fixtures/annual-builders';
import { fixtureRandom } from '../../../src/sandbox/generate-registries';

export const day = (base: string, plus: number) => new Date(Date.parse(`${base}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);

/** A random year: own and joint tasks (one with a department not in the list), results with repeated objects, ids
 * holding "/", missing and late dates, upload reasons, checks outside the year and past the calendar's years. */
export function randomYear(seed: number): DossierInput {
  const g = fixtureRandom(seed); // the same seed gives the same year
  const deps = ['SCJG', 'WSJK', 'STHJ', 'QTBM'];
  const objects = Array.from({ length: 6 + g.int(30) }, (_, i) => (g.next() < 0.1 ? `个体/${i}` : `E${i}`));
  const tasks = Array.from({ length: 2 + g.int(7) }, (_, n) => {
    const lead = g.pick(deps);
    const end = g.next() < 0.1 ? undefined : day('2026-04-01', g.int(300));
    const results = Array.from({ length: g.int(25) }, () => {
      const checkedOn = g.next() < 0.06 ? undefined : g.next() < 0.05 ? g.pick(['2025-12-20', '2031-03-02']) : day('2026-01-05', g.int(340));
      const from = checkedOn ?? '2026-06-01';
      return {
        objectId: g.pick(objects),
        objectName: g.next() < 0.7 ? `对象${g.int(9)}` : undefined,
        checkedOn,
        uploadedOn: g.next() < 0.1 ? undefined : day(from, g.pick([0, 0, 0, 1, 3, 9, 15])),
        uploadDelayReason: g.next() < 0.3 ? g.pick(['设备故障', ' ', '停电']) : undefined,
        publishedOn: g.next() < 0.2 ? undefined : day(from, g.int(45)),
        category: '未发现问题',
      };
    });
    const over = { end, results };
    return g.next() < 0.4 ? jointTask(lead, [g.pick(deps.filter((x) => x !== lead))], n, over) : ownTask(lead, n, over);
  });
  return year(tasks);
}
