// Issue 20: a file added to a year already loaded re-judges what it touches. The page's worker makes its views with
// yearViewer (src/core/liaison/year-viewer.ts): each view keeps the result rules' counts per task, the status of every
// pair of dates judged and the task rules' outcomes per task, and the next is told which tasks the store's records
// changed. Held here to the view made from scratch on random years split into files, and counted: adding k results to
// a year of N judges at most k results, and the touched tasks only.
import { describe, expect, it } from 'vitest';
import { loadProfile, PROFILE_IDS } from '../../src/core/profiles';
import { chinaCalendar } from '../../src/core/calendar';
import { yearViewer, type LiaisonView } from '../../src/core/liaison';
import { fixtureRandom } from '../../src/sandbox/generate-registries';
import { FakeStore, randomRows } from './support/random-store';
import { countingProfile } from './support/counting-profile';
import { day } from './support/random-year';

const calendar = chinaCalendar();

/** The whole view, every lazy list read. */
const opened = (v: LiaisonView) => ({ ...v, matrix: { ...v.matrix, findings: v.matrix.findings } });

describe('a view made with what the last one kept is the view made from scratch', () => {
  let incremental = 0;
  for (let seed = 1; seed <= 30; seed++)
    it(`random year ${seed}: result files added one by one, a file re-reading rows, a file removed`, () => {
      const g = fixtureRandom(1000 + seed);
      const { plans, tasks, results } = randomRows(seed);
      const files: Array<typeof results> = Array.from({ length: 2 + g.int(3) }, () => []);
      for (const r of results) g.pick(files).push(r);
      // The last file also re-reads some rows of the others, with their publication dates changed (replaced in the store).
      const reread = results.filter(() => g.next() < 0.1).map((r) => ({ ...r, values: { ...r.values, publishedOn: day(String(r.values.checkedOn), g.int(40)) } }));
      files[files.length - 1].push(...reread);
      const profile = loadProfile(PROFILE_IDS[seed % PROFILE_IDS.length]);
      const ask = { year: 2026, asOf: day('2026-05-01', (seed * 37) % 240), profile, key: 'k', calendar };
      const store = new FakeStore();
      store.save('plans.xlsx', plans);
      store.save('tasks.xlsx', tasks);
      const views = yearViewer();
      const step = () => {
        const made = views(store.list(), ask);
        const scratch = yearViewer()(store.list(), ask);
        expect(opened(made.view)).toEqual(opened(scratch.view));
        expect(made.account).toEqual(scratch.account);
        if (made.changed !== 'all') incremental++;
      };
      step();
      files.forEach((f, i) => {
        store.save(`results-${i + 1}.csv`, f);
        step();
      });
      store.remove('results-1.csv');
      step();
    });
  it('most of those views were made incrementally (not every change fell back to the whole year)', () => {
    // 30 years, each with 2–4 files added and one removed after the first view: ~110 views that could reuse.
    expect(incremental).toBeGreaterThan(60);
  });
});

describe('adding a file judges what it touches', () => {
  const deps = ['区第1局', '区第2局', '区第3局'];
  /** A year of 20,000 results in 200 tasks, dates spread so the year has thousands of distinct pairs. */
  function bigYear() {
    const g = fixtureRandom(7);
    const tasks = Array.from({ length: 200 }, (_, t) => ({ kind: 'task' as const, values: { id: `T${t}`, name: `任务${t}`, lead: deps[t % 3], departments: t % 4 ? [deps[t % 3]] : [deps[t % 3], deps[(t + 1) % 3]], period: { start: '2026-03-01', end: day('2026-04-01', t % 150) } } }));
    const result = (t: number, i: number, prefix: string) => {
      const checkedOn = day('2026-01-05', g.int(300));
      return { kind: 'result' as const, values: { taskId: `T${t}`, objectId: `${prefix}${t}-${i}`, checkedOn, uploadedOn: checkedOn, ...(g.next() < 0.9 ? { publishedOn: day(checkedOn, g.int(40)) } : {}) } };
    };
    const results = tasks.flatMap((_, t) => Array.from({ length: 100 }, (_, i) => result(t, i, 'E')));
    // The file added: 150 results of 3 tasks (new objects, their own dates).
    const added = [5, 77, 150].flatMap((t) => Array.from({ length: 50 }, (_, i) => result(t, i, 'N')));
    return { tasks, results, added };
  }

  it('150 results added to a year of 20,000 judge at most 150 results and the 3 tasks they belong to', () => {
    const { tasks, results, added } = bigYear();
    const { profile, judged, tasksJudged } = countingProfile();
    const ask = { year: 2026, asOf: '2026-11-23', profile, key: 'baseline', calendar };
    const store = new FakeStore();
    store.save('tasks.csv', tasks);
    store.save('results.csv', results);
    const views = yearViewer();
    views(store.list(), ask);
    // The first view judges each distinct pair of dates once (thousands), and every task for the task rule.
    const first = { pairs: judged.reduce((a, b) => a + b, 0), tasks: tasksJudged.reduce((a, b) => a + b, 0) };
    expect(first.pairs).toBeGreaterThan(3000);
    expect(first.tasks).toBe(200);
    judged.length = tasksJudged.length = 0;

    store.save('more-results.csv', added);
    const made = views(store.list(), ask);
    expect(made.changed).toEqual(new Set(['T5', 'T77', 'T150']));
    // Only pairs not judged before, at most one per result added; the task rule over the 3 tasks only.
    expect(judged.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(150);
    expect(tasksJudged).toEqual([3]);
    // And the view is the one made from scratch, which judges the year again.
    judged.length = tasksJudged.length = 0;
    const scratch = yearViewer()(store.list(), ask);
    expect(judged.reduce((a, b) => a + b, 0)).toBeGreaterThan(first.pairs);
    expect(tasksJudged).toEqual([200]);
    expect(opened(made.view)).toEqual(opened(scratch.view));
    expect(made.view.matrix.cells['区第1局']['result.publish-deadline'].fails + made.view.matrix.cells['区第1局']['result.publish-deadline'].passed).toBeGreaterThan(0);
  });

  it('the same records again judge nothing; another profile or day starts again', () => {
    const { tasks, results } = bigYear();
    const { profile, judged, tasksJudged } = countingProfile();
    const store = new FakeStore();
    store.save('tasks.csv', tasks);
    store.save('results.csv', results.slice(0, 2000));
    const views = yearViewer();
    const ask = { year: 2026, asOf: '2026-11-23', profile, key: 'baseline', calendar };
    views(store.list(), ask);
    judged.length = tasksJudged.length = 0;
    expect(views(store.list(), ask).changed).toEqual(new Set());
    expect([judged, tasksJudged]).toEqual([[], []]);
    expect(views(store.list(), { ...ask, asOf: '2026-11-24', key: 'baseline, next day' }).changed).toBe('all');
    expect(tasksJudged).toEqual([200]);
    // A task row read again may move the task or link results: the whole year is judged.
    store.save('tasks-again.csv', tasks.slice(0, 1));
    expect(views(store.list(), { ...ask, asOf: '2026-11-24', key: 'baseline, next day' }).changed).toBe('all');
  });
});
