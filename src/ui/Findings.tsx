import type { Finding } from '../core/rules/types';
import { fieldsForPath } from '../platform/to-model';
import { trusted } from './trusted';

import { msg, pick, type Lang } from './i18n';
import { Citation, RiskCases } from './Citation';
import { basisLine, severityChangeText } from '../i18n/provenance';
import type { PolicyDocument } from '../core/profiles/documents';
import type { Placed } from './finding-place';

export type { Lang };

const GROUPS = ['error', 'warn', 'info', 'incomplete'] as const;

const groupOf = (f: Finding) => (f.status === 'incomplete' ? 'incomplete' : f.severity);

/** One finding: its message (a click goes to its field), the clause it cites, its risk cases and what it was judged by. */
function FindingItem({ f, onFocus, documents, shown }: { f: Finding; onFocus: (field: string) => void; documents: readonly PolicyDocument[]; shown?: (field: string) => boolean }) {
  // The first field the finding names that this page shows (a result's 公示日期, not shown before it is published, goes to its check date).
  const candidates = f.fields.flatMap(fieldsForPath);
  const field = candidates.find((x) => shown?.(x)) ?? candidates[0];
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
}

/**
 * Findings grouped by severity, each with its message, the clause it cites and its risk tags; then, under 其他环节,
 * what is fixed elsewhere on the platform, by the place to fix it (随机抽查事项清单, 添加策略 …).
 */
export function Findings({ findings, lang, onFocus, documents = [], elsewhere = [], shown }: { findings: Finding[]; lang: Lang; onFocus: (field: string) => void; documents?: readonly PolicyDocument[]; elsewhere?: Placed['elsewhere']; shown?: (field: string) => boolean }) {
  void lang;
  if (!findings.length && !elsewhere.length) return <p class="ok">{msg('findings.none')}</p>;
  return (
    <div class="findings">
      {!findings.length && <p class="ok">{msg('findings.noneHere')}</p>}
      {GROUPS.map((g) => {
        const list = findings.filter((f) => groupOf(f) === g);
        if (!list.length) return null;
        return (
          <section class={`group group-${g}`} data-group={g}>
            <h3>
              {msg(`findings.group.${g}`)} <span class="count">{list.length}</span>
            </h3>
            <ul>
              {list.map((f) => (
                <FindingItem f={f} onFocus={onFocus} documents={documents} shown={shown} />
              ))}
            </ul>
          </section>
        );
      })}
      {elsewhere.length > 0 && (
        <section class="group group-elsewhere" data-group="elsewhere">
          <h3>
            {msg('findings.elsewhere')} <span class="count">{elsewhere.reduce((n, g) => n + g.findings.length, 0)}</span>
          </h3>
          {elsewhere.map((g) => (
            <div class="place" data-place={g.place}>
              <h4>{msg('findings.fixAt', { place: msg(`place.${g.place}`) })}</h4>
              <ul>
                {g.findings.map((f) => (
                  <FindingItem f={f} onFocus={onFocus} documents={documents} shown={shown} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
