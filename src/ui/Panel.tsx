import { useEffect, useRef, useState } from 'preact/hooks';
import { useClearOfButtons } from './avoid-buttons';
import type { RecognisedPage } from '../platform/recognise';
import { allRules } from '../core/rules/registry';
import { t, tr, uiLang } from './i18n';
import { Findings } from './Findings';
import { useLiveValidation } from './use-live-validation';
import { blocking, useSubmitGuard } from './use-submit-guard';
import { SubmitConfirm } from './SubmitConfirm';
import { useDrawWatch } from './use-draw-watch';
import { useSettings } from './use-settings';
import { WHY_LABEL } from '../core/profiles/active';
import { relevantFindings } from './relevant-findings';
import { TemplateTools } from './TemplateTools';
import { DrawPreview } from './DrawPreview';
import { EvidenceExport } from './EvidenceExport';
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

type Tab = 'checks' | 'templates' | 'preview' | 'evidence';

/** The overlay panel: docked in the frame being edited, collapsible and movable by its header. */
export function Panel({ page }: { page: RecognisedPage }) {
  // A page with nothing to check (a list) starts collapsed to its header, so it covers none of the rows.
  const [open, setOpen] = useState(page.spec.fields.length > 0 || page.spec.tables.length > 0);
  const [tab, setTab] = useState<Tab>('checks');
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const { settings, profile, why, fallback } = useSettings();
  const live = useLiveValidation(page, profile);
  const lang = uiLang();
  const findings = relevantFindings(page.kind, live.report?.findings ?? []);
  const guard = useSubmitGuard(page, findings);
  const runs = useDrawWatch(page);
  const [logged, setLogged] = useState<{ seq: number; chainOk: boolean } | null>(null);

  // The popup shows this frame's verdict; it goes when the page does.
  const counts = live.report ? countOf(findings) : undefined;
  const countsKey = JSON.stringify(counts);
  useEffect(() => {
    if (!counts) return;
    void send({ type: 'verdict.report', url: location.href, kind: page.kind, profileId: profile.id, counts });
  }, [countsKey, profile.id]);
  useEffect(() => {
    const bye = () => void send({ type: 'verdict.clear' });
    window.addEventListener('pagehide', bye);
    return () => window.removeEventListener('pagehide', bye);
  }, []);

  const proceed = async (reason: string) => {
    const stop = blocking(findings);
    const r = await send({
      type: 'audit.append',
      kind: 'submit-with-findings',
      data: { url: location.href, page: page.kind, button: guard.pending?.textContent?.trim() ?? '', rules: stop.map((f) => f.ruleId), risk: [...new Set(stop.flatMap((f) => f.risk))], reason, profile: profile.id },
    });
    if (r.ok) setLogged({ seq: r.entry.seq, chainOk: !!r.chain.ok });
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

  // Docked bottom-right, but never over the platform's own buttons (narrow windows put them there).
  const box = useRef<HTMLDivElement>(null);
  const place = useClearOfButtons(box);

  const tabs: Array<[Tab, string]> = [
    ['checks', tr('检查', 'Checks')],
    ...(page.kind === 'strategy'
      ? ([
          ['templates', tr('模板', 'Templates')],
          ['preview', tr('预览', 'Preview')],
        ] as Array<[Tab, string]>)
      : []),
    ['evidence', tr('证据', 'Evidence')],
  ];
  const drawnCount = live.read?.values.drawnCount;
  return (
    <div class="dra-panel" data-page-kind={page.kind} data-profile={profile.id} data-failing={findings.filter((f) => f.status === 'fail').map((f) => f.ruleId).join(' ')} ref={box} data-lift={place.lift} style={{ transform: `translate(${offset.x}px, ${offset.y - place.lift}px)`, ...(place.maxHeight !== undefined ? { maxHeight: `${place.maxHeight}px` } : {}) }}>
      <header onPointerDown={startDrag}>
        <span>
          {t('panelTitle')}{' '}
          <small class="active-profile" data-profile={profile.id} data-why={why ?? ''} title={fallback ? tr(`配置 ${fallback} 无法使用，暂用基准`, `profile ${fallback} cannot be used; the baseline stands in`) : ''}>
            {profile.name?.[lang] ?? profile.id}
            {why && why !== 'default' ? ` · ${WHY_LABEL[why][lang]}` : ''}
            {fallback ? ' ⚠' : ''}
          </small>
        </span>
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
      {guard.pending && <SubmitConfirm findings={blocking(findings)} lang={lang} onBack={guard.cancel} onProceed={proceed} />}
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
        <>
          <nav class="tabs" role="tablist">
            {tabs.map(([id, label]) => (
              <button type="button" role="tab" class={tab === id ? 'active' : ''} data-tab={id} aria-selected={tab === id} onClick={() => setTab(id)}>
                {label}
              </button>
            ))}
          </nav>
          <div class="body">
            {tab === 'checks' && (
              <>
                {live.report ? (
                  <Findings findings={findings} lang={lang} documents={profile.documents} onFocus={(f) => focusField(live.read?.elements[f])} />
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
                <p class="hint profile">
                  {tr('规则配置', 'profile')}: {profile.id}
                </p>
              </>
            )}
            {tab === 'templates' && <TemplateTools page={page} department={settings?.department} />}
            {tab === 'preview' && <DrawPreview page={page} />}
            {tab === 'evidence' && (
              <EvidenceExport page={page} profileId={profile.id} findings={live.report ? findings : undefined} passed={live.report?.counts.passed} runs={runs} drawnCount={typeof drawnCount === 'string' ? drawnCount : undefined} />
            )}
          </div>
        </>
      )}
    </div>
  );
}

function countOf(findings: Array<{ status: string; severity: string }>) {
  const c = { error: 0, warn: 0, info: 0, incomplete: 0 };
  for (const f of findings) {
    if (f.status === 'incomplete') c.incomplete++;
    else if (f.status === 'fail') c[f.severity as 'error' | 'warn' | 'info']++;
  }
  return c;
}
