import type { CellColour } from '../matrix';
import type { FindingBasis } from '../../rules/types';
import { basisLine, severityChangeText } from '../../../i18n/provenance';
import type { PolicyDocument } from '../../profiles/documents';
import type { DeadlineKind } from '../deadlines';
import type { AttributionRole } from '../attribute';

export const COLOUR_LABEL: Record<CellColour, { zh: string; en: string; mark: string }> = {
  red: { zh: '不合规', en: 'breach', mark: '✖' },
  amber: { zh: '需关注', en: 'warning', mark: '⚠' },
  green: { zh: '合规', en: 'compliant', mark: '✓' },
  grey: { zh: '无数据', en: 'no data', mark: '—' },
};

export const ROLE_LABEL: Record<AttributionRole, string> = { lead: '牵头', responding: '响应', department: '本部门', all: '全部部门' };

export const SUBJECT_LABEL: Record<string, string> = { plan: '计划', task: '任务', result: '检查结果', department: '部门', dossier: '全年', object: '对象', inspector: '人员' };

export const DEADLINE_LABEL: Record<DeadlineKind, { zh: string; en: string }> = {
  'task-end': { zh: '任务截止', en: 'task ends' },
  'result-upload': { zh: '结果录入期限', en: 'result upload due' },
  'result-publish': { zh: '结果公示期限', en: 'publication due' },
  'annual-plan-due': { zh: '年度计划编制期限', en: 'annual plan due' },
};

/** The text a matrix cell shows: mark, count of breaches, and undecided ones as ?n. */
export function cellText(c: { colour: CellColour; fails: number; incomplete: number; passed: number }): string {
  const mark = COLOUR_LABEL[c.colour].mark;
  const n = c.fails ? ` ${c.fails}` : c.colour === 'green' ? ` ${c.passed}` : '';
  return `${mark}${n}${c.incomplete ? ` ?${c.incomplete}` : ''}`;
}

/** A rule's values as a report prints them (in Chinese, as the report is), each with where it comes from: 取值：上限 = 5 · 借用自《…》第…部分. */
export function basisText(r: { basis: FindingBasis[]; severitySetBy?: { profile: string; ruleDefault: 'error' | 'warn' | 'info' }; documents?: PolicyDocument[] }): string[] {
  return [
    ...r.basis.map((b) => basisLine(b, r.documents, 'zh')),
    ...(r.severitySetBy ? [severityChangeText(r.severitySetBy, 'zh')] : []),
  ];
}
