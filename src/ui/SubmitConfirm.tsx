import { useState } from 'preact/hooks';
import type { Finding } from '../core/rules/types';
import type { Lang } from './Findings';
import { msg, pick } from './i18n';
import { riskInWords } from '../i18n/cite';
import { Citation, RiskCases } from './Citation';
import { trusted } from './trusted';

/**
 * The confirmation shown when the user saves with errors or warnings: what would be breached, the
 * accountability cases (追责情形) each exposes, and a written reason before going on.
 */
export function SubmitConfirm({ findings, lang, onBack, onProceed }: { findings: Finding[]; lang: Lang; onBack: () => void; onProceed: (reason: string) => Promise<void> }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const risks = [...new Set(findings.flatMap((f) => f.risk))];
  return (
    <div class="confirm" role="alertdialog">
      <h3>{msg('confirm.title')}</h3>
      {(['error', 'warn'] as const).map((sev) => {
        const list = findings.filter((f) => f.severity === sev);
        if (!list.length) return null;
        return (
          <section class={`confirm-group confirm-${sev}`} data-severity={sev}>
            <h4>{msg(sev === 'error' ? 'confirm.errors' : 'confirm.warnings', { n: list.length })}</h4>
            <ul>
              {list.map((f) => (
                <li data-rule={f.ruleId} class={`sev-${f.severity}`}>
                  <p class="message">{pick(f.message)}</p>
                  {f.citations[0] && <Citation c={f.citations[0]} />}
                  <RiskCases tags={f.risk} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {risks.length > 0 && (
        <p class="risk-summary">
          {msg('confirm.risk')}：{risks.map((r) => riskInWords(r).text).join('；')}
        </p>
      )}
      <label>
        {msg('confirm.reason')}
        <textarea value={reason} onInput={trusted((e) => setReason((e.target as HTMLTextAreaElement).value))} rows={3} />
      </label>
      <div class="actions">
        <button type="button" class="back" onClick={trusted(onBack)}>
          {msg('confirm.back')}
        </button>
        <button
          type="button"
          class="proceed"
          disabled={!reason.trim() || busy}
          onClick={trusted(async () => {
            setBusy(true);
            await onProceed(reason.trim());
          })}
        >
          {msg('confirm.proceed')}
        </button>
      </div>
    </div>
  );
}
