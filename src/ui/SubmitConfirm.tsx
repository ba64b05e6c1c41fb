import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../core/rules/types';
import { msg, pick } from './i18n';
import { riskInWords } from '../i18n/cite';
import { Citation, RiskCases } from './Citation';
import { trusted } from './trusted';
import { placeDialog, type DialogPlace } from './dialog-place';
import { GuardedButton } from './GuardedButton';

/**
 * The confirmation shown when the user saves with errors or warnings, as a dialog by the 保存/提交 button
 * that was clicked (as the platform's own layer.confirm opens at the action), over a shade that keeps the
 * page still while it is open: what would be breached, errors and warnings apart, each with its clause
 * (《…》（文号）第…部分) and the accountability cases (追责情形) it exposes, and a written reason before
 * going on. It lives in the panel's closed shadow root and acts on the user's own input only.
 */
export function SubmitConfirm({ findings, anchor, onBack, onProceed }: { findings: Finding[]; anchor: HTMLElement; onBack: () => void; onProceed: (reason: string) => Promise<void> }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [place, setPlace] = useState<DialogPlace | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const reasonBox = useRef<HTMLTextAreaElement>(null);
  const risks = [...new Set(findings.flatMap((f) => f.risk))];
  const button = anchor.textContent?.trim() || (anchor as HTMLInputElement).value || '';

  // Placed by the button once its size is known, and again as the page scrolls, the frame resizes or the dialog's own size changes.
  useLayoutEffect(() => {
    const again = () => {
      const el = box.current;
      if (!el) return;
      const r = anchor.getBoundingClientRect();
      const natural = el.scrollHeight + (el.offsetHeight - el.clientHeight);
      setPlace(placeDialog(r, { width: el.offsetWidth, height: natural }, { width: innerWidth, height: innerHeight }));
    };
    again();
    window.addEventListener('scroll', again, true);
    window.addEventListener('resize', again);
    const resized = new ResizeObserver(again);
    if (box.current) resized.observe(box.current);
    return () => {
      resized.disconnect();
      window.removeEventListener('scroll', again, true);
      window.removeEventListener('resize', again);
    };
  }, [anchor]);
  useEffect(() => reasonBox.current?.focus(), []);

  return (
    <>
      <div class="dra-shade" />
      <div
        ref={box}
        class="dra-dialog confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="dra-confirm-title"
        data-side={place?.side ?? ''}
        style={place ? { left: `${place.left}px`, ...(place.bottom !== undefined ? { bottom: `${place.bottom}px` } : { top: `${place.top}px` }), ...(place.maxHeight ? { maxHeight: `${place.maxHeight}px` } : {}) } : { visibility: 'hidden' }}
        onKeyDown={trusted((e: KeyboardEvent) => e.key === 'Escape' && onBack())}
      >
        <div class="dialog-title">
          <h3 id="dra-confirm-title">{msg('confirm.title')}</h3>
          <button type="button" class="close" aria-label={msg('confirm.back')} title={msg('confirm.back')} onClick={trusted(onBack)}>
            ×
          </button>
        </div>
        <div class="dialog-body">
          {button && <p class="clicked">{msg('confirm.clicked', { button })}</p>}
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
        </div>
        {/* The reason and the buttons stay in view however long the list above (it scrolls on its own). */}
        <label class="reason">
          {msg('confirm.reason')}
          <textarea ref={reasonBox} value={reason} onInput={trusted((e) => setReason((e.target as HTMLTextAreaElement).value))} rows={2} />
        </label>
        <div class="actions">
          <button type="button" class="back" onClick={trusted(onBack)}>
            {msg('confirm.back')}
          </button>
          <GuardedButton
            class="proceed"
            disabled={!reason.trim() || busy}
            onAct={async () => {
              setBusy(true);
              await onProceed(reason.trim());
            }}
          >
            {msg('confirm.proceed')}
          </GuardedButton>
        </div>
      </div>
    </>
  );
}
