import { useEffect, useRef, useState } from 'preact/hooks';
import { usePanelPlace } from './use-panel-place';
import { EDGE } from './panel-place';
import type { RecognisedPage } from '../platform/recognise';
import { allRules } from '../core/rules/registry';
import { lang as currentLang, msg, pick } from './i18n';
import { pageKindName } from './counts-in-words';
import { Findings } from './Findings';
import { FieldMarks, filledMarks } from './FieldMarks';
import { useLiveValidation } from './use-live-validation';
import { blocking, useSubmitGuard } from './use-submit-guard';
import { SubmitConfirm } from './SubmitConfirm';
import { drawKey, useDrawWatch } from './use-draw-watch';
import { RerunReason } from './RerunReason';
import { useSettings } from './use-settings';
import { relevantFindings } from './relevant-findings';
import { placeFindings } from './finding-place';
import { TemplateTools, type TemplateFill } from './TemplateTools';
import { DrawPreview } from './DrawPreview';
import { EvidenceExport } from './EvidenceExport';
import { ReadingView } from './ReadingView';
import { send } from '../messaging/send';
import { trusted } from './trusted';
import { formatDateTime } from '../i18n/time';
import { fieldLabel } from '../i18n/field-label';
import { ZeroConfigBar, type ZeroConfig } from './ZeroConfigBar';

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

type Tab = 'checks' | 'reading' | 'templates' | 'preview' | 'evidence';

/** The overlay panel: docked in the frame being edited, collapsible and movable by its header. */
export function Panel({ page, zero, collapsed }: { page: RecognisedPage; zero?: ZeroConfig; collapsed?: boolean }) {
  // As the user left it on this kind of page; else a page with nothing to check (a list) starts collapsed to
  // its header, so it covers none of the rows.
  const [open, setOpen] = useState(collapsed !== undefined ? !collapsed : page.spec.fields.length > 0 || page.spec.tables.length > 0);
  const [keepFailed, setKeepFailed] = useState(false);
  const toggle = async () => {
    setOpen(!open);
    const r = await send({ type: 'panel.collapsed', kind: page.kind, collapsed: open });
    setKeepFailed(!r.ok);
  };
  const [tab, setTab] = useState<Tab>('checks');
  // Where the user dragged it (the frame's viewport); unset while it places itself.
  const [dragged, setDragged] = useState<{ left: number; top: number }>();
  const { settings, profile, why, fallback, itemList } = useSettings();
  const live = useLiveValidation(page, profile, itemList);
  const lang = currentLang();
  const findings = relevantFindings(page.kind, live.report?.findings ?? [], page.spec);
  // A template's fill, marked at each field it wrote until the page is saved or the fill undone.
  const [fill, setFill] = useState<TemplateFill | null>(null);
  const guard = useSubmitGuard(page, findings, () => setFill(null));
  // What this page can fix first; the rest under 其他环节 with where to fix it.
  const placed = placeFindings(page.kind, findings);
  const { runs, reruns, setRerun } = useDrawWatch(page);
  const [logged, setLogged] = useState<{ seq: number; chainOk: boolean; again?: boolean } | null>(null);
  // The entry a 仍要提交 logged just before the platform navigated here: the background says it once.
  const [notice, setNotice] = useState<'asked' | 'none' | 'shown'>('asked');
  useEffect(() => {
    void send({ type: 'audit.notice' }).then((r) => {
      const n = r.ok ? r.notice : undefined;
      setNotice(n ? 'shown' : 'none');
      if (n) setLogged((now) => now ?? { ...n, again: true });
    });
  }, []);

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
    if ((e.target as HTMLElement).closest('button') || !box.current) return;
    const r = box.current.getBoundingClientRect();
    const start = { x: e.clientX - r.left, y: e.clientY - r.top };
    const move = trusted((m: PointerEvent) => setDragged({ left: m.clientX - start.x, top: m.clientY - start.y }));
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  // Docked at the right edge, moved and shrunk so it never covers the page's fields, buttons or pager
  // (the rule: panel-place.ts); once the user drags it, it stays where they put it.
  const box = useRef<HTMLDivElement>(null);
  const place = usePanelPlace(box, !!dragged);
  const where = dragged
    ? { left: `${dragged.left}px`, top: `${dragged.top}px`, right: 'auto', bottom: 'auto' }
    : place
      ? { top: `${place.top}px`, bottom: 'auto', ...(place.side === 'left' ? { left: `${EDGE}px`, right: 'auto' } : { right: `${EDGE}px`, left: 'auto' }), ...(place.maxHeight !== undefined ? { maxHeight: `${place.maxHeight}px` } : {}) }
      : {};

  const tabs: Array<[Tab, string]> = [
    ['checks', msg('panel.tab.checks')],
    ...(live.lines?.length ? ([['reading', msg('panel.tab.reading')]] as Array<[Tab, string]>) : []),
    ...(page.kind === 'strategy'
      ? ([
          ['templates', msg('panel.tab.templates')],
          ['preview', msg('panel.tab.preview')],
        ] as Array<[Tab, string]>)
      : []),
    ['evidence', msg('panel.tab.evidence')],
  ];
  const drawnCount = live.read?.values['draw.drawnCount'];
  return (
    <>
    {guard.pending && <SubmitConfirm findings={blocking(findings)} anchor={guard.pending} onBack={guard.cancel} onProceed={proceed} />}
    {((live.report && live.read) || fill) && <FieldMarks findings={live.report ? findings : []} elements={live.read?.elements ?? {}} filled={fill ? filledMarks(fill) : []} onOpen={(f) => focusField(live.read?.elements[f])} />}
    <div class="dra-panel" data-page-kind={page.kind} data-audit-notice={notice} data-zero-config={zero ? 'yes' : undefined} data-profile={profile.id} data-failing={findings.filter((f) => f.status === 'fail').map((f) => f.ruleId).join(' ')} ref={box} data-side={dragged ? 'dragged' : place?.side} data-shrunk={place?.maxHeight !== undefined ? 'yes' : undefined} data-covering={place?.covering ? 'yes' : undefined} data-open={open ? 'yes' : 'no'} style={{ position: 'fixed', ...where }}>
      <header onPointerDown={trusted(startDrag)}>
        <span>
          {zero ? msg('zero.title') : msg('panel.title')}{' '}
          <small class="active-profile" data-profile={profile.id} data-why={why ?? ''} title={fallback ? msg('profile.fallback', { id: fallback }) : ''}>
            {profile.name ? pick(profile.name) : profile.id}
            {why && why !== 'default' ? ` · ${msg(`profile.why.${why}`)}` : ''}
            {fallback ? ' ⚠' : ''}
          </small>
        </span>
        {counts && (
          <span class="badges">
            <span class="badge badge-error" title={msg('panel.errors')}>{counts.error}</span>
            <span class="badge badge-warn" title={msg('panel.warnings')}>{counts.warn}</span>
          </span>
        )}
        <button type="button" class="toggle" onClick={trusted(() => void toggle())} title={keepFailed ? msg('panel.keepFailed') : undefined}>
          {open ? msg('panel.collapse') : msg('panel.expand')}
          {keepFailed ? ' ⚠' : ''}
        </button>
      </header>
      {logged && (
        <p class="logged" data-seq={logged.seq} data-chain={logged.chainOk ? 'ok' : 'broken'} data-again={logged.again ? 'yes' : undefined}>
          {msg(logged.again ? 'panel.audit.loggedBefore' : 'panel.audit.logged', { seq: logged.seq })}{msg('list.sep')}{logged.chainOk ? msg('panel.audit.chainOk') : msg('panel.audit.chainBroken')}
        </p>
      )}
      {runs.length > 1 && (
        <div class="rerun-watch" data-runs={runs.length}>
          <strong>{msg('panel.rerun.title', { n: runs.length })}</strong>
          <p>{msg('panel.rerun.explain')}</p>
          <ol>
            {runs.map((r) => (
              <li>{formatDateTime(r)}</li>
            ))}
          </ol>
          {reruns.map((r) => (
            <RerunReason drawKey={drawKey(page)} rerun={r} onSaved={setRerun} />
          ))}
        </div>
      )}
      {open && (
        <>
          <nav class="tabs" role="tablist">
            {tabs.map(([id, label]) => (
              <button type="button" role="tab" class={tab === id ? 'active' : ''} data-tab={id} aria-selected={tab === id} onClick={trusted(() => setTab(id))}>
                {label}
              </button>
            ))}
          </nav>
          <div class="body">
            {tab === 'checks' && (
              <>
                {zero && <ZeroConfigBar zero={zero} lines={live.lines ?? []} />}
                {live.waitingForInput ? (
                  <p class="hint waiting-input">{msg('panel.waitingForInput', { kind: pageKindName(page.kind), n: allRules.length })}</p>
                ) : live.report ? (
                  <Findings findings={placed.here} elsewhere={placed.elsewhere} lang={lang} documents={profile.documents} shown={(f) => !!live.read?.elements[f]} onFocus={(f) => focusField(live.read?.elements[f])} />
                ) : (
                  <p class="hint">
                    {msg('panel.waiting', { kind: pageKindName(page.kind), n: allRules.length })}
                  </p>
                )}
                {(() => {
                  const n = (live.lines ?? []).filter((l) => l.dropped || l.error).length;
                  return n > 0 ? (
                    <p class="missing read-problems" data-problems={n}>
                      <button type="button" class="linklike" onClick={trusted(() => setTab('reading'))}>
                        {msg('panel.readProblems', { n })}
                      </button>
                    </p>
                  ) : null;
                })()}
                {live.read && live.read.missing.length > 0 && (
                  <p class="missing">
                    {msg('panel.missingFields', { fields: live.read.missing.map((m) => page.spec.fields.find((f) => f.field === m)?.label ?? fieldLabel(m)).join(msg('list.sep')) })}
                  </p>
                )}
                <p class="hint profile">
                  {msg('panel.profile', { name: profile.name ? pick(profile.name) : profile.id })}
                </p>
              </>
            )}
            {tab === 'reading' && <ReadingView lines={live.lines ?? []} lang={lang} />}
            {tab === 'templates' && <TemplateTools page={page} department={settings?.department} fill={fill} onFill={setFill} />}
            {tab === 'preview' && <DrawPreview page={page} />}
            {tab === 'evidence' && (
              <EvidenceExport page={page} profileId={profile.id} findings={live.report ? findings : undefined} passed={live.report?.counts.passed} runs={runs} drawnCount={drawnCount !== undefined && drawnCount !== null && !Array.isArray(drawnCount) ? String(drawnCount) : undefined} />
            )}
          </div>
        </>
      )}
    </div>
    </>
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
