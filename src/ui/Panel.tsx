import { useState } from 'preact/hooks';
import type { RecognisedPage } from '../platform/recognise';
import { allRules } from '../core/rules/registry';
import { t, uiLang } from './i18n';
import { Findings } from './Findings';
import { useLiveValidation } from './use-live-validation';
import { blocking, useSubmitGuard } from './use-submit-guard';
import { SubmitConfirm } from './SubmitConfirm';
import { useDrawWatch } from './use-draw-watch';
import { send } from '../messaging/send';

/** Briefly outline a field of the host page and bring it into view (no value is changed). */
function focusField(el: Element | undefined) {
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  (el.querySelector?.('.select2-selection') as HTMLElement | null)?.focus();
  (el as HTMLElement).focus?.();
  const h = el as HTMLElement;
  const before = h.style.outline;
  h.style.outline = '2px solid #ed5565';
  setTimeout(() => (h.style.outline = before), 1500);
}

/** The overlay panel: docked in the frame being edited, collapsible and movable by its header. */
export function Panel({ page }: { page: RecognisedPage }) {
  const [open, setOpen] = useState(true);
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const live = useLiveValidation(page);
  const lang = uiLang();
  const findings = (live.report?.findings ?? []).filter((f) => f.subject.id === 'editing' || f.subject.kind === 'department' || f.fields.some((p) => p.startsWith(page.kind === 'task' ? 'plans[0].tasks[0]' : 'plans[0]')));
  const guard = useSubmitGuard(page, findings);
  const runs = useDrawWatch(page);
  const [logged, setLogged] = useState<{ seq: number; chainOk: boolean } | null>(null);
  const proceed = async (reason: string) => {
    const stop = blocking(findings);
    const r = await send({
      type: 'audit.append',
      kind: 'submit-with-findings',
      data: { url: location.href, page: page.kind, button: guard.pending?.textContent?.trim() ?? '', rules: stop.map((f) => f.ruleId), risk: [...new Set(stop.flatMap((f) => f.risk))], reason },
    });
    if (r.ok) setLogged({ seq: r.entry.seq, chainOk: !!r.chain?.ok });
    guard.proceed();
  };

  const startDrag = (e: PointerEvent) => {
    if ((e.target as HTMLElement).closest('button')) return;
    const start = { x: e.clientX - offset.x, y: e.clientY - offset.y };
    const move = (m: PointerEvent) => setOffset({ x: m.clientX - start.x, y: m.clientY - start.y });
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  const counts = live.report?.counts;
  return (
    <div class="dra-panel" data-page-kind={page.kind} style={{ transform: `translate(${offset.x}px, ${offset.y}px)` }}>
      <header onPointerDown={startDrag}>
        <span>{t('panelTitle')}</span>
        {counts && (
          <span class="badges">
            <span class="badge badge-error" title={t('panelErrors')}>{counts.error}</span>
            <span class="badge badge-warn" title={t('panelWarnings')}>{counts.warn}</span>
          </span>
        )}
        <button type="button" onClick={() => setOpen(!open)}>
          {open ? t('panelCollapse') : t('panelExpand')}
        </button>
      </header>
      {guard.pending && (
        <SubmitConfirm findings={blocking(findings)} lang={lang} onBack={guard.cancel} onProceed={proceed} />
      )}
      {logged && (
        <p class="logged" data-seq={logged.seq} data-chain={logged.chainOk ? 'ok' : 'broken'}>
          {t('auditLogged')} #{logged.seq} · {logged.chainOk ? t('auditChainOk') : t('auditChainBroken')}
        </p>
      )}
      {runs.length > 1 && (
        <div class="rerun-watch" data-runs={runs.length}>
          <strong>{t('rerunTitle').replace('{n}', String(runs.length))}</strong>
          <p>{t('rerunExplain')}</p>
          <ol>
            {runs.map((r) => (
              <li>{r}</li>
            ))}
          </ol>
        </div>
      )}
      {open && (
        <div class="body">
          {live.report ? (
            <Findings findings={findings} lang={lang} onFocus={(f) => focusField(live.read?.elements[f])} />
          ) : (
            <p class="hint">
              {page.kind} · {allRules.length} {t('popupRules')}
            </p>
          )}
          {live.read && live.read.missing.length > 0 && (
            <p class="missing">
              {t('panelMissingFields')}: {live.read.missing.join(', ')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
