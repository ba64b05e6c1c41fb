import { z } from 'zod';
import { Dossier } from './dossier';
import { Plan } from './plan';
import { zodZh } from '../../i18n/zod-zh';

/** One refused field: where it is (a JSON path) and why, in both languages. */
export interface FieldError {
  path: string;
  zh: string;
  en: string;
}

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const enLocale = z.locales.en();

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

/**
 * Parse with zod and, on failure, explain every issue with its field path in Chinese and English.
 * Chinese messages are ours (`zodZh`: zod's zh-CN keeps type names in English), English is zod's; our custom checks carry `params: { zh, en }`.
 */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown, pathPrefix = ''): ParseOutcome<z.output<S>> {
  const zh = schema.safeParse(data, { error: zodZh });
  if (zh.success) return { ok: true, value: zh.data };
  const en = schema.safeParse(data, { error: enLocale.localeError });
  const enIssues = en.success ? [] : en.error.issues;
  const errors = zh.error.issues.map((issue, i) => {
    const params = (issue as { params?: { zh?: string; en?: string } }).params;
    const path = formatPath(issue.path);
    return {
      path: pathPrefix ? (path === '(root)' ? pathPrefix : `${pathPrefix}${path.startsWith('[') ? '' : '.'}${path}`) : path,
      zh: params?.zh ?? issue.message,
      en: params?.en ?? enIssues[i]?.message ?? issue.message,
    };
  });
  return { ok: false, errors };
}

/**
 * The `dra check` file format: one plan, an array of plans, or a dossier ({ plans: [...], ... }).
 * All three become a dossier so the rules see one shape.
 */
export const CheckFile = z.union([Dossier.extend({ plans: z.array(Plan) }), z.array(Plan), Plan]);

export function parseCheckFile(data: unknown): ParseOutcome<Dossier> {
  if (Array.isArray(data)) {
    const r = parseWith(z.array(Plan), data);
    return r.ok ? { ok: true, value: { plans: r.value } } : r;
  }
  if (data && typeof data === 'object' && 'plans' in data) return parseWith(Dossier, data);
  const r = parseWith(Plan, data);
  return r.ok ? { ok: true, value: { plans: [r.value] } } : r;
}
