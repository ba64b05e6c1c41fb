// The liaison view counts a year's results instead of judging each one (issue 20: a province's year has a million):
// result rules are decided once per distinct pair of dates, the entity-frequency draws are built only for tasks with
// a surplus check, and the findings behind a cell are made when the cell is opened. Here the fast view is held to
// the reference (the view as computed before, tests/liaison/support/reference-view.ts) on random years, and the
// counting is shown to judge stand-ins, not results, until a cell is opened.
import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/core/model';
import { loadProfile, PROFILE_IDS } from '../../src/core/profiles';
import { chinaCalendar } from '../../src/core/calendar';
import { buildMatrix, liaisonView, type LiaisonView } from '../../src/core/liaison';
import { referenceView } from './support/reference-view';
import { countingProfile } from './support/counting-profile';

const calendar = chinaCalendar();


import { day, randomYear } from './support/random-year';
import { jointTask, ownTask, year } from '../fixtures/annual-builders';

/** Every lazy list read, so the comparison sees the whole view. */
function opened(v: LiaisonView) {
  return { matrix: { ...v.matrix, findings: v.matrix.findings }, deadlines: v.deadlines, deadlinesUntil: v.deadlinesUntil, charts: v.charts };
}

describe('the fast liaison view gives the reference view', () => {
  const profiles = PROFILE_IDS.map((id) => loadProfile(id));
  for (let seed = 1; seed <= 40; seed++)
    it(`random year ${seed}`, () => {
      const d = Dossier.parse(randomYear(seed));
      const profile = profiles[seed % profiles.length];
      const asOf = day('2026-05-01', (seed * 37) % 240);
      const fast = liaisonView(d, profile, { asOf, calendar });
      const ref = referenceView(d, profile, asOf, calendar);
      // Counts and colours first (as the table shows them, before any cell is opened), then every list.
      const counts = (m: LiaisonView['matrix']) => Object.entries(m.cells).map(([dep, row]) => [dep, Object.entries(row).map(([r, c]) => [r, c.colour, c.fails, c.incomplete, c.passed])]);
      expect(counts(fast.matrix)).toEqual(counts(ref.matrix));
      expect(fast.matrix.rules.map((r) => r.passed)).toEqual(ref.matrix.rules.map((r) => r.passed));
      expect(opened(fast)).toEqual(ref);
    });

  it('the random years reach what they are meant to: late, missing and reasoned results, surplus checks, several rules failing', () => {
    const statuses = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const d = Dossier.parse(randomYear(seed));
      for (const f of liaisonView(d, loadProfile('baseline'), { asOf: '2026-11-23', calendar }).matrix.findings) statuses.add(`${f.ruleId} ${f.messageId}`);
    }
    for (const s of ['result.publish-deadline late', 'result.publish-deadline notPublished', 'result.publish-deadline missing', 'result.upload-same-day lateNoReason', 'result.upload-same-day tooLate', 'result.upload-same-day notUploaded', 'strategy.entity-frequency tooFrequent', 'result.unpublished-is-undone undone'])
      expect([...statuses]).toContain(s);
  });
});

describe('counting, not judging each result', () => {
  it('a year of 594 results on 3 pairs of dates is judged as 3 stand-ins; opening a cell judges the 594 once', () => {
    const dates = [['2026-03-02', '2026-03-05'], ['2026-03-02', '2026-05-20'], ['2026-04-01', undefined]] as const;
    const results = (k: number) => Array.from({ length: 99 }, (_, i) => ({ objectId: `E${k}-${i}`, checkedOn: dates[i % 3][0], uploadedOn: dates[i % 3][0], publishedOn: dates[i % 3][1], category: '未发现问题' }));
    const d = Dossier.parse(year(Array.from({ length: 6 }, (_, k) => (k % 2 ? jointTask('SCJG', ['WSJK'], k, { results: results(k) }) : ownTask('STHJ', k, { results: results(k) })))));
    const { profile, judged } = countingProfile();
    const m = buildMatrix(d, profile, { asOf: '2026-11-23', calendar, ruleIds: ['result.publish-deadline'] });
    expect(judged).toEqual([3]);
    // 2 of every 3 results late or unpublished: 198 in each department's 3 tasks of 99.
    expect([m.cells.SCJG['result.publish-deadline'].fails, m.cells.WSJK['result.publish-deadline'].fails, m.cells.STHJ['result.publish-deadline'].fails]).toEqual([198, 198, 198]);
    expect(m.rules[0].passed).toBe(198);
    expect(m.cells.SCJG['result.publish-deadline'].subjects).toHaveLength(198);
    expect(judged).toEqual([3, 594]);
    // The other cells' lists and the matrix's findings come from that same judging.
    expect(m.cells.STHJ['result.publish-deadline'].subjects.map((s) => s.subject.id)).toContain('STHJ-own-0/E0-1');
    expect(m.findings).toHaveLength(396);
    expect(judged).toEqual([3, 594]);
  });
});
