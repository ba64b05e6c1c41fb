import type { Finding } from '../core/rules/types';
import { fieldForPath } from '../platform/to-model';

import { msg, pick, type Lang } from './i18n';
import { Citation, RiskCases } from './Citation';

export type { Lang };

const GROUPS = ['error', 'warn', 'info', 'incomplete'] as const;

const groupOf = (f: Finding) => (f.status === 'incomplete' ? 'incomplete' : f.severity);

/** Findings grouped by severity, each with its message, the clause it cites and its risk tags. */
export function Findings({ findings, lang, onFocus }: { findings: Finding[]; lang: Lang; onFocus: (field: string) => void }) {
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
                    <button type="button" class="message" disabled={!field} onClick={() => field && onFocus(field)} title={field ? msg('findings.goToField') : ''}>
                      {pick(f.message)}
                    </button>
                    {c && <Citation c={c} />}
                    <RiskCases tags={f.risk} />
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
