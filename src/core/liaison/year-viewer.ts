import type { WorkingDayCalendar } from '../calendar';
import type { ResolvedProfile } from '../profiles/resolve';
import { assembleDossier, recordSources, sheetsFromRecords, type ImportAccount } from './lists';
import { recordChanges, type KeyedListRecord, type RecordStamps } from './record-changes';
import { viewMemo, type ViewMemo } from './view-memo';
import { liaisonView, type LiaisonView } from './view';

export interface YearViewAsk {
  year: number;
  asOf: string;
  profile: ResolvedProfile;
  /** names the year, profile (with the user's overrides) and day: the memo is kept only while it is the same */
  key: string;
  calendar?: WorkingDayCalendar;
}

/**
 * The liaison views of the store's records, one after another, as the page's worker makes them: each view keeps
 * what the next can reuse (view-memo.ts), and is told which tasks the records added, replaced or removed since the
 * last touch (record-changes.ts). A view made with the memo is the view made from scratch (tests/liaison/incremental-view.test.ts).
 */
export function yearViewer() {
  let kept: { memo: ViewMemo; stamps: RecordStamps } | undefined;
  return (records: KeyedListRecord[], ask: YearViewAsk): { view: LiaisonView; account: ImportAccount; changed: Set<string> | 'all' } => {
    const same = kept?.memo.key === ask.key ? kept : undefined;
    const { stamps, changed } = recordChanges(same?.stamps, records);
    const memo = same?.memo ?? viewMemo(ask.key);
    memo.changed = changed;
    kept = undefined; // until this view is made: a failure half way must not leave the memo of half a year
    const { dossier, account } = assembleDossier(sheetsFromRecords(records), { year: ask.year, asOf: ask.asOf });
    const view = liaisonView(dossier, ask.profile, { asOf: ask.asOf, sources: recordSources(records), memo, calendar: ask.calendar });
    kept = { memo, stamps };
    return { view, account, changed };
  };
}
