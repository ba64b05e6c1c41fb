import { useState } from 'preact/hooks';
import type { Finding } from '../core/rules/types';
import type { Lang } from './Findings';
import { t } from './i18n';
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
      <h3>{t('confirmTitle')}</h3>
      <ul>
        {findings.map((f) => (
          <li data-rule={f.ruleId} class={`sev-${f.severity}`}>
            {f.message[lang]} {f.risk.length > 0 && <span class="risk">{f.risk.join(' ')}</span>}
          </li>
        ))}
      </ul>
      {risks.length > 0 && (
        <p class="risk-summary">
          {t('confirmRisk')}: {risks.join(', ')}
        </p>
      )}
      <label>
        {t('confirmReason')}
        <textarea value={reason} onInput={trusted((e) => setReason((e.target as HTMLTextAreaElement).value))} rows={3} />
      </label>
      <div class="actions">
        <button type="button" class="back" onClick={trusted(onBack)}>
          {t('confirmBack')}
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
          {t('confirmProceed')}
        </button>
      </div>
    </div>
  );
}
