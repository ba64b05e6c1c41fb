import type { Finding } from '../core/rules/types';
import { fieldForPath } from '../platform/to-model';
import { trusted } from './trusted';

import { msg, pick, type Lang } from './i18n';
import { Citation, RiskCases } from './Citation';
import { basisLine, severityChangeText } from '../i18n/provenance';
import type { PolicyDocument } from '../core/profiles/documents';

export type { Lang };

const GROUPS = ['error', 'warn', 'info', 'incomplete'] as const;

const groupOf = (f: Finding) => (f.status === 'incomplete' ? 'incomplete' : f.severity);

/** Findings grouped by severity, each with its message, the clause it cites and its risk tags. */
export function Findings({ findings, lang, onFocus, documents = [] }: { findings: Finding[]; lang: Lang; onFocus: (field: string) => void; documents?: readonly PolicyDocument[] }) {
  if (!findings.length) return <p class="ok">{msg('findings.none')}</p>;
  return (
    <div class="findings">
      {GROUPS.map((g) => {
        const list = findings.filter((f) => groupOf(f) === g);
        if (!list.length) return null;
        return (
          <section class={`group group-${g}`} data-group={g}>
            <h3>
              {msg(`findings.group.${g}`)} <span class="count">{list.length}</span>
            </h3>
            <ul>
              {list.map((f) => {
                const field = f.fields.map(fieldForPath).find(Boolean);
                const c = f.citations[0];
                return (
                  <li class="finding" data-rule={f.ruleId} data-status={f.status} data-field={field ?? ''}>
                    <button type="button" class="message" disabled={!field} onClick={trusted(() => field && onFocus(field))} title={field ? msg('findings.goToField') : ''}>
                      {pick(f.message)}
                    </button>
                    {c && <Citation c={c} />}
                    <RiskCases tags={f.risk} />
                    {/* The values it was judged by and where each comes from: a borrowed one says so (借用自《…》). */}
                    {(f.basis ?? []).map((b) => (
                      <div class="basis" data-origin={b.origin} data-param={b.param} title={b.param}>
                        {basisLine(b, documents)}
                      </div>
                    ))}
                    {f.severitySetBy && <div class="severity-set">{severityChangeText(f.severitySetBy)}</div>}
                    <details class="meta">
                      <summary>{msg('findings.details')}</summary>
                      {msg('findings.ruleId')}：<code>{f.ruleId}</code>
                    </details>
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
