import type { Finding } from '../core/rules/types';
import { fieldForPath } from '../platform/to-model';
import { trusted } from './trusted';

export type Lang = 'zh' | 'en';

const GROUPS = [
  { key: 'error', zh: '错误', en: 'Errors' },
  { key: 'warn', zh: '警告', en: 'Warnings' },
  { key: 'info', zh: '提示', en: 'Advice' },
  { key: 'incomplete', zh: '数据不足', en: 'Not enough data' },
] as const;

const groupOf = (f: Finding) => (f.status === 'incomplete' ? 'incomplete' : f.severity);

/** Findings grouped by severity, each with its message, the clause it cites and its risk tags. */
export function Findings({ findings, lang, onFocus }: { findings: Finding[]; lang: Lang; onFocus: (field: string) => void }) {
  if (!findings.length) return <p class="ok">{lang === 'zh' ? '未发现问题' : 'No findings'}</p>;
  return (
    <div class="findings">
      {GROUPS.map((g) => {
        const list = findings.filter((f) => groupOf(f) === g.key);
        if (!list.length) return null;
        return (
          <section class={`group group-${g.key}`} data-group={g.key}>
            <h3>
              {g[lang]} <span class="count">{list.length}</span>
            </h3>
            <ul>
              {list.map((f) => {
                const field = f.fields.map(fieldForPath).find(Boolean);
                const c = f.citations[0];
                return (
                  <li class="finding" data-rule={f.ruleId} data-status={f.status} data-field={field ?? ''}>
                    <button type="button" class="message" disabled={!field} onClick={trusted(() => field && onFocus(field))} title={field ? (lang === 'zh' ? '定位到该字段' : 'Go to the field') : ''}>
                      {f.message[lang]}
                    </button>
                    <div class="meta">
                      <code>{f.ruleId}</code>
                      {f.risk.length > 0 && <span class="risk">{lang === 'zh' ? '追责' : 'accountability'} {f.risk.join(' ')}</span>}
                    </div>
                    <blockquote class="cite">
                      <span class="source">
                        {c.file.replace(/\.txt$/, '')} {c.section}
                      </span>
                      「{c.quote}」
                    </blockquote>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
