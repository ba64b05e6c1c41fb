import type { LiaisonView } from '../view';
import { msg } from '../../../i18n';
import { profileName } from '../../../i18n/profile-name';
import { formatDateTime } from '../../../i18n/time';

const sourceKind = (kind: string) => msg(kind === 'page' ? 'liaisonReport.source.page' : kind === 'json' ? 'liaisonReport.source.json' : 'liaisonReport.source.file');

/** The lines every report opens with: profile, year, the day judged, the sources and when each was read (Beijing time). */
export function reportHeader(view: LiaisonView, generatedAt: string, departmentId?: string): Array<[string, string]> {
  const m = view.matrix;
  const dep = departmentId ? (m.departments.find((d) => d.id === departmentId)?.name ?? departmentId) : msg('liaisonReport.allDepartments');
  return [
    [msg('liaisonReport.profile'), profileName(m.profile) !== m.profile ? profileName(m.profile) : (view.profileName ?? m.profile)],
    [msg('liaisonReport.year'), String(m.year)],
    [msg('liaisonReport.department'), dep],
    [msg('liaisonReport.asOf'), m.asOf],
    ...view.sources.map((s, i): [string, string] => [
      msg('liaisonReport.source', { i: i + 1 }),
      msg(s.rows !== undefined ? 'liaisonReport.sourceLineRows' : 'liaisonReport.sourceLine', { name: s.name, kind: sourceKind(s.kind), rows: s.rows ?? 0, at: formatDateTime(s.readAt) }),
    ]),
    [msg('liaisonReport.generated'), formatDateTime(generatedAt)],
  ];
}
