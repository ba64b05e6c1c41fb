import type { LiaisonView } from '../view';

/** The lines every report opens with: profile, year, the day judged, the sources and when each was read. */
export function reportHeader(view: LiaisonView, generatedAt: string, departmentId?: string): Array<[string, string]> {
  const m = view.matrix;
  const dep = departmentId ? (m.departments.find((d) => d.id === departmentId)?.name ?? departmentId) : '全部部门 / all';
  return [
    ['规则配置 / profile', view.profileName ? `${view.profileName}（${m.profile}）` : m.profile],
    ['年度 / year', String(m.year)],
    ['部门 / department', dep],
    ['检查日期 / as of', m.asOf],
    ...view.sources.map((s, i): [string, string] => [
      `数据来源 ${i + 1} / source`,
      `${s.name}（${s.kind === 'page' ? '平台页面' : s.kind === 'json' ? 'JSON 文件' : '导出清单'}${s.rows !== undefined ? `，${s.rows} 行` : ''}；读取于 ${s.readAt}）`,
    ]),
    ['生成时间 / generated', generatedAt],
  ];
}
