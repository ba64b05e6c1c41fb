import type { Dossier } from '../model';
import { chinaCalendar, type WorkingDayCalendar } from '../calendar';
import type { ResolvedProfile } from '../profiles/resolve';
import { buildMatrix, yearOnly, type LiaisonMatrix } from './matrix';
import { upcomingDeadlines, type Deadline } from './deadlines';
import { chartData, type ChartData } from './charts';
import { withCheckFrequency } from './frequency';
import type { ViewMemo } from './view-memo';

/** Where the data came from, for the view and the reports ("the data sources and the time they were read"). */
export interface DataSource {
  /** a file name, or a platform page URL */
  name: string;
  kind: 'file' | 'page' | 'json';
  /** when it was read (ISO timestamp) */
  readAt: string;
  rows?: number;
}

export interface LiaisonView {
  matrix: LiaisonMatrix;
  deadlines: Deadline[];
  deadlinesUntil: string;
  charts: ChartData;
  sources: DataSource[];
  /** profile name as the reports print it */
  profileName?: string;
}

/** Everything the liaison view and its reports show for one year, from one dossier. */
export function liaisonView(dossier: Dossier, profile: ResolvedProfile, opts: { asOf: string; sources?: DataSource[]; calendar?: WorkingDayCalendar; memo?: ViewMemo }): LiaisonView {
  const calendar = opts.calendar ?? chinaCalendar();
  const freq = profile.rules.find((r) => r.rule.meta.id === 'strategy.entity-frequency');
  const max = (freq?.params as { maxPerYear?: number } | undefined)?.maxPerYear;
  const d = max ? withCheckFrequency(yearOnly(dossier), max, { compact: true }) : yearOnly(dossier);
  const matrix = buildMatrix(d, profile, { asOf: opts.asOf, calendar, memo: opts.memo });
  const { until, deadlines } = upcomingDeadlines(d, profile, opts.asOf, calendar);
  return { matrix, deadlines, deadlinesUntil: until, charts: chartData(d, calendar), sources: opts.sources ?? [] };
}
