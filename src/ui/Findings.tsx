import type { Finding } from '../core/rules/types';
import { fieldForPath } from '../platform/to-model';
import { provenanceText, severityChangeText, type PolicyDocument } from '../core/profiles';

export type Lang = 'zh' | 'en';

const GROUPS = [
  { key: 'error', zh: '错误', en: 'Errors' },
  { key: 'warn', zh: '警告', en: 'Warnings' },
  { key: 'info', zh: '提示', en: 'Advice' },
  { key: 'incomplete', zh: '数据不足', en: 'Not enough data' },
] as const;

const groupOf = (f: Finding) => (f.status === 'incomplete' ? 'incomplete' : f.severity);

/** Findings grouped by severity, each with its message, the clause it cites and its risk tags. */
export function Findings({ findings, lang, onFocus, documents = [] }: { findings: Finding[]; lang: Lang; onFocus: (field: string) => void; documents?: readonly PolicyDocument[] }) {
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
                    <button type="button" class="message" disabled={!field} onClick={() => field && onFocus(field)} title={field ? (lang === 'zh' ? '定位到该字段' : 'Go to the field') : ''}>
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
                    {/* The values it was judged by and where each comes from: a borrowed one says so. */}
                    {(f.basis ?? []).map((b) => (
                      <div class="basis" data-origin={b.origin} data-param={b.param}>
                        <code>{b.param}</code> = {typeof b.value === 'string' ? b.value : JSON.stringify(b.value)} · {provenanceText(b, lang, documents)}
                      </div>
                    ))}
                    {f.severitySetBy && <div class="severity-set">{severityChangeText(f.severitySetBy, lang)}</div>}
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
