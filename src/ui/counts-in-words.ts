import { msg, type MessageKey } from './i18n';
import { CATALOGUES } from '../i18n';

export interface Counts {
  error: number;
  warn: number;
  info: number;
  incomplete: number;
}

/** A verdict's counts as a sentence (3 个错误，1 条提示), leaving out what is zero. */
export function countsInWords(c: Counts): string {
  const parts = (['error', 'warn', 'info', 'incomplete'] as const).filter((k) => c[k] > 0).map((k) => msg(`counts.${k}`, { n: c[k] }));
  return parts.length ? parts.join(msg('list.sep')) : msg('counts.none');
}

/** A platform page kind in words (抽查计划, 抽取策略 …). */
export const pageKindName = (kind: string): string => (['plan', 'task', 'strategy', 'draw', 'inspectors', 'results', 'list', 'other'].includes(kind) ? msg(`pageKind.${kind as 'plan'}`) : kind);

const known = (prefix: string, id: string): string => {
  const key = `${prefix}.${id}`;
  return key in CATALOGUES.zh ? msg(key as MessageKey) : id;
};
/** A table of the extension's store in words (导出 / 清除 say what they touched). */
export const tableName = (t: string): string => known('table', t);
/** An audit log entry's kind in words. */
export const auditKindName = (k: string): string => known('auditKind', k);
