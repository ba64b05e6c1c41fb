// A cell's list in pages (issue 20: a cell of a province's year lists 80,000 results, and the page asks for them a
// page at a time). Each page must be the same slice of the cell's full list, whichever way it is made: for a result
// rule before any list is made (the rule run over the page's tasks alone), and as a slice once the lists exist.
import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/core/model';
import { loadProfile, PROFILE_IDS } from '../../src/core/profiles';
import { chinaCalendar } from '../../src/core/calendar';
import { buildMatrix, cellPage, liaisonView } from '../../src/core/liaison';
import { jointTask, ownTask, year } from '../fixtures/annual-builders';
import { day, randomYear } from './support/random-year';
import { countingProfile } from './support/counting-profile';

const calendar = chinaCalendar();
const profiles = PROFILE_IDS.map((id) => loadProfile(id));

describe('pages of a cell are slices of its full list', () => {
  for (let seed = 1; seed <= 30; seed++)
    it(`random year ${seed}`, () => {
      const d = Dossier.parse(randomYear(seed));
      const profile = profiles[seed % profiles.length];
      const asOf = day('2026-05-01', (seed * 41) % 240);
      const size = 1 + (seed % 7);
      const paged = liaisonView(d, profile, { asOf, calendar }).matrix;
      const whole = liaisonView(d, profile, { asOf, calendar }).matrix;
      for (const dep of Object.keys(whole.cells))
        for (const [ruleId, c] of Object.entries(whole.cells[dep])) {
          const pages = [];
          for (let from = 0; ; from += size) {
            const p = cellPage(paged, dep, ruleId, from, size);
            expect(p.total).toBe(c.fails + c.incomplete);
            expect(p.subjects.length).toBeLessThanOrEqual(size);
            if (!p.subjects.length) break;
            pages.push(...p.subjects);
          }
          expect(pages, `${dep} ${ruleId}`).toEqual(c.subjects);
          // Asked again once the lists are made (a slice of them), a page in the middle is the same.
          expect(cellPage(paged, dep, ruleId, 1, 2).subjects).toEqual(c.subjects.slice(1, 3));
        }
    });
});

describe('a page of a result rule is made from the tasks it covers', () => {
  it('judges the results of the page’s tasks, not the year’s; the lists, once made, are sliced', () => {
    // 6 tasks of 20 results, two of every three late or unpublished (STHJ's own tasks: 0, 2, 4; joint SCJG+WSJK: 1, 3, 5).
    const dates = [['2026-03-02', '2026-03-05'], ['2026-03-02', '2026-05-20'], ['2026-04-01', undefined]] as const;
    const results = (k: number) => Array.from({ length: 21 }, (_, i) => ({ objectId: `E${k}-${i}`, checkedOn: dates[i % 3][0], uploadedOn: dates[i % 3][0], publishedOn: dates[i % 3][1], category: '未发现问题' }));
    const d = Dossier.parse(year(Array.from({ length: 6 }, (_, k) => (k % 2 ? jointTask('SCJG', ['WSJK'], k, { results: results(k) }) : ownTask('STHJ', k, { results: results(k) })))));
    const { profile, judged } = countingProfile();
    const m = buildMatrix(d, profile, { asOf: '2026-11-23', calendar, ruleIds: ['result.publish-deadline'] });
    expect(judged).toEqual([3]); // the stand-ins
    expect(m.cells.STHJ['result.publish-deadline'].fails).toBe(42);
    // Subjects 10..23 of STHJ's list: the end of task 0 and the start of task 2 (14 each), judged alone.
    const p = cellPage(m, 'STHJ', 'result.publish-deadline', 10, 8);
    expect(p.subjects.map((x) => x.subject.id)).toEqual(['STHJ-own-0/E0-16', 'STHJ-own-0/E0-17', 'STHJ-own-0/E0-19', 'STHJ-own-0/E0-20', 'STHJ-own-2/E2-1', 'STHJ-own-2/E2-2', 'STHJ-own-2/E2-4', 'STHJ-own-2/E2-5']);
    expect(p.total).toBe(42);
    expect(judged).toEqual([3, 42]);
    // The last page of SCJG (joint tasks 1, 3, 5): task 5 alone.
    expect(cellPage(m, 'SCJG', 'result.publish-deadline', 40, 10).subjects.map((x) => x.subject.id)).toEqual(['SCJG-joint-5/E5-19', 'SCJG-joint-5/E5-20']);
    expect(judged).toEqual([3, 42, 21]);
    // Past the end: nothing, and nothing judged.
    expect(cellPage(m, 'SCJG', 'result.publish-deadline', 42, 10).subjects).toEqual([]);
    expect(judged).toEqual([3, 42, 21]);
    // Once the lists are made (the whole year judged once), a page is their slice: nothing more is judged.
    expect(m.cells.WSJK['result.publish-deadline'].subjects).toHaveLength(42);
    expect(judged).toEqual([3, 42, 21, 126]);
    expect(cellPage(m, 'SCJG', 'result.publish-deadline', 10, 8).subjects).toEqual(m.cells.SCJG['result.publish-deadline'].subjects.slice(10, 18));
    expect(judged).toEqual([3, 42, 21, 126]);
  });
});
