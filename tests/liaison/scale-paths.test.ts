// The liaison view at a province's scale decides once per pair of dates, looks a result's task up by its id and
// puts only repeated objects' checks in date order (issue 20). These cases hold the shortcuts to the plain reading.
import { describe, expect, it } from 'vitest';
import { Dossier, type DossierInput } from '../../src/core/model';
import { loadProfile } from '../../src/core/profiles';
import { chinaCalendar } from '../../src/core/calendar';
import { buildMatrix, withCheckFrequency } from '../../src/core/liaison';
import { ownTask, jointTask, year } from '../fixtures/annual-builders';

const profile = loadProfile('baseline');
const matrixOf = (input: DossierInput, rule: string) => buildMatrix(Dossier.parse(input), profile, { asOf: '2026-11-23', calendar: chinaCalendar(), ruleIds: [rule] });
const res = (objectId: string, checkedOn: string, publishedOn?: string, uploadedOn = checkedOn, uploadDelayReason?: string) => ({ objectId, checkedOn, uploadedOn, publishedOn, uploadDelayReason, category: '未发现问题' });

describe('liaison view: shared decisions and lookups', () => {
  it('two results with the same dates, one with a special reason and one without: only the one without fails', () => {
    // Uploaded 3 working days after the check: inside the special-case window, so the reason decides.
    const m = matrixOf(year([ownTask('SCJG', 1, { end: '2026-11-20', results: [res('E1', '2026-06-01', '2026-06-02', '2026-06-04', '设备故障'), res('E2', '2026-06-01', '2026-06-02', '2026-06-04')] })]), 'result.upload-same-day');
    const ids = m.cells.SCJG['result.upload-same-day'].subjects.map((s) => [s.subject.id, s.finding.messageId, s.finding.fields[0]]);
    expect(ids).toEqual([['SCJG-own-1/E2', 'lateNoReason', 'plans[0].tasks[0].results[1].uploadDelayReason']]);
    expect(m.rules[0].passed).toBe(1);
  });

  it('late results sharing their dates share one message, each naming its own field', () => {
    const m = matrixOf(year([ownTask('SCJG', 1, { end: '2026-11-20', results: [res('E1', '2026-06-01', '2026-07-06'), res('E2', '2026-06-01', '2026-07-06'), res('E3', '2026-06-01', '2026-07-07')] })]), 'result.publish-deadline');
    const f = m.findings;
    expect(f.map((x) => x.fields[0])).toEqual(['plans[0].tasks[0].results[0].publishedOn', 'plans[0].tasks[0].results[1].publishedOn', 'plans[0].tasks[0].results[2].publishedOn']);
    expect(f[0].message).toEqual(f[1].message);
    expect(f[0].message.zh).toContain('2026-07-06');
    expect(f[2].message.zh).toContain('2026-07-07');
  });

  it('an object id holding "/" still counts against the departments of its task', () => {
    const m = matrixOf(year([jointTask('SCJG', ['WSJK'], 1, { end: '2026-11-20', results: [res('个体/E1', '2026-06-01', '2026-07-06')] }), ownTask('STHJ', 1, { end: '2026-11-20', results: [] })]), 'result.publish-deadline');
    expect(m.cells.SCJG['result.publish-deadline'].fails).toBe(1);
    expect(m.cells.WSJK['result.publish-deadline'].subjects[0].role).toBe('responding');
    expect(m.cells.STHJ['result.publish-deadline'].fails).toBe(0);
  });

  it('an object checked three times (max 2): the surplus is the latest check, whatever order the tasks come in', () => {
    const d = Dossier.parse(year([
      ownTask('SCJG', 1, { results: [res('E1', '2026-09-01')] }),
      ownTask('WSJK', 2, { results: [res('E1', '2026-03-01'), res('E2', '2026-03-01')] }),
      ownTask('STHJ', 3, { results: [res('E1', '2026-05-01')] }),
    ]));
    const f = withCheckFrequency(d, 2);
    const drawn = f.plans.flatMap((p) => p.tasks.map((t) => [t.id, t.draw?.objectIds]));
    expect(drawn).toEqual([['SCJG-own-1', ['E1#2']], ['WSJK-own-2', ['E1', 'E2']], ['STHJ-own-3', ['E1']]]);
    expect(f.objects?.find((o) => o.id === 'E1#2')?.checksThisYear).toBe(2);
    expect(f.objects?.find((o) => o.id === 'E1')?.checksThisYear).toBe(0);
  });
});
