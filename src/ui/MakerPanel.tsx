import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Adapter, FieldSpec, PageKind } from '../platform/adapter-schema';
import { guessKind, recogniseByLabels, type Recognised } from '../platform/lexicon';
import { makeAdapter, specFor, withSource } from '../platform/maker';
import { readField, type ReadLine } from '../platform/read-form';
import type { RecognisedPage } from '../platform/recognise';
import { VOCABULARY } from '../platform/vocabulary';
import { send } from '../messaging/send';
import { validateNow, type LiveState } from './use-live-validation';
import { useSettings } from './use-settings';
import { Findings } from './Findings';
import { ReadingView } from './ReadingView';
import { msg, pick, uiLang } from './i18n';
import { GuardedButton } from './GuardedButton';
import { trusted } from './trusted';

const KINDS: Array<[PageKind, string, string]> = [
  ['plan', '抽查计划', 'plan'],
  ['task', '抽查任务', 'task'],
  ['strategy', '抽取策略', 'strategy'],
];
/** The vocabulary a page of each kind offers in the picker (rows are made in JSON, docs/adapters.md). */
const PARTS: Record<string, RegExp> = { plan: /^plan\./, task: /^(task|plan)\./, strategy: /^(strategy|task)\./ };

interface Picked {
  spec: FieldSpec;
  confidence: 'high' | 'medium' | 'picked';
}

/** Outline what the pointer is over while picking, as uBlock Origin's picker does. */
function useHighlight(on: boolean) {
  const last = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!on) return;
    const over = (e: MouseEvent) => {
      const el = e.target as HTMLElement;
      if (last.current) last.current.style.outline = last.current.dataset.draOutline ?? '';
      el.dataset.draOutline = el.style.outline;
      el.style.outline = '2px dashed #1c6ca1';
      last.current = el;
    };
    document.addEventListener('mouseover', over, true);
    return () => {
      document.removeEventListener('mouseover', over, true);
      if (last.current) last.current.style.outline = last.current.dataset.draOutline ?? '';
    };
  }, [on]);
}

/**
 * 制作适配器 / the adapter maker, on a platform page no adapter covers: the fields the label lexicon
 * recognises (with their confidence), elements the user picks on the page and names from the
 * vocabulary, the adapter shown as JSON, tried live on this page, and saved for this origin.
 */
export function MakerPanel({ onSaved, startOpen = false }: { onSaved: (a: Adapter) => void; startOpen?: boolean }) {
  const lang = uiLang();
  const [open, setOpen] = useState(startOpen);
  const [kind, setKind] = useState<PageKind>(() => guessKind(document, location.href) ?? 'plan');
  const found = useMemo<Recognised[]>(() => recogniseByLabels(document, kind), [kind]);
  const [fields, setFields] = useState<Picked[]>([]);
  useEffect(() => setFields(found.map((r) => ({ spec: withSource(document, r.spec), confidence: r.confidence }))), [found]);
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<Element | null>(null);
  const [tried, setTried] = useState<LiveState | null>(null);
  const [said, setSaid] = useState('');
  const { profile, itemList } = useSettings();
  useHighlight(picking);

  // The next trusted click on the page picks its element (and does nothing else on the page).
  useEffect(() => {
    if (!picking) return;
    const pick = (e: MouseEvent) => {
      if (!e.isTrusted || (e.target as Element).closest?.('dra-panel')) return;
      e.preventDefault();
      e.stopPropagation();
      setPicked(e.target as Element);
      setPicking(false);
    };
    document.addEventListener('click', pick, true);
    return () => document.removeEventListener('click', pick, true);
  }, [picking]);

  const made = makeAdapter(location.href, kind, fields.map((f) => f.spec));
  const adapter = made.success ? made.data : undefined;
  const name = (field: string) => VOCABULARY.find((v) => v.path === field)?.[lang] ?? field;
  const preview = (spec: FieldSpec): ReadLine => readField(document, spec).line;

  const choose = (field: string) => {
    if (!picked) return;
    const spec = specFor(document, picked, field);
    setFields((fs) => [...fs.filter((f) => f.spec.field !== field), { spec, confidence: 'picked' }]);
    setPicked(null);
    setTried(null);
  };
  const tryIt = () => {
    if (!adapter) return;
    const page: RecognisedPage = { kind, path: location.pathname, adapter, spec: adapter.pages[0] };
    setTried(validateNow(document, page, profile, itemList));
    // The item list entries of the items the page names come from the background: judged again once known.
    void itemList.fetchWanted().then((news) => news && setTried(validateNow(document, page, profile, itemList)));
  };
  const save = async () => {
    if (!adapter) return;
    const r = await send({ type: 'adapters.save', adapter });
    if (!r.ok) return setSaid((r.problems ?? []).map((p) => `${p.path}: ${pick(p)}`).join('; ') || r.error);
    setSaid(msg('maker.s1', { id: r.adapter.id }));
    onSaved(r.adapter);
  };

  const confidence = { high: msg('maker.s2'), medium: msg('maker.s3'), picked: msg('maker.s4') };
  return (
    <div class="dra-panel dra-maker" data-kind={kind} data-fields={fields.length}>
      <header>
        <span>{msg('maker.s5')}</span>
        <button type="button" class="maker-open" onClick={trusted(() => setOpen(!open))}>
          {open ? msg('maker.s6') : msg('maker.s7')}
        </button>
      </header>
      {open && (
        <div class="body">
          <p class="hint">{msg('maker.s8')}</p>
          <div class="maker-kinds" role="radiogroup">
            {KINDS.map(([k, zh, en]) => (
              <button type="button" class={kind === k ? 'active' : ''} data-kind={k} aria-pressed={kind === k} onClick={trusted(() => setKind(k))}>
                {lang === 'zh' ? zh : en}
              </button>
            ))}
          </div>
          <ul class="maker-fields">
            {fields.map((f) => {
              const line = preview(f.spec);
              return (
                <li data-field={f.spec.field} data-confidence={f.confidence}>
                  <code>{f.spec.field}</code> {name(f.spec.field)} <span class="tag">{confidence[f.confidence]}</span>
                  <div class="read-where">
                    {line.where[lang]} · {line.used !== undefined ? String(line.used) : (line.dropped ?? line.error)?.[lang] ?? msg('maker.s9')}
                  </div>
                  <button type="button" class="maker-remove" onClick={trusted(() => setFields((fs) => fs.filter((x) => x !== f)))}>
                    {msg('maker.s10')}
                  </button>
                </li>
              );
            })}
          </ul>
          <div class="actions">
            <button type="button" class="maker-pick" disabled={picking} onClick={trusted(() => { setPicked(null); setPicking(true); })}>
              {picking ? msg('maker.s11') : msg('maker.s12')}
            </button>
          </div>
          {picked && (
            <div class="maker-choose">
              <p>
                {msg('maker.s13')}
                <code>&lt;{picked.tagName.toLowerCase()}&gt;</code> {msg('maker.s14')}
              </p>
              <div class="maker-vocab">
                {VOCABULARY.filter((v) => PARTS[kind]?.test(v.path)).map((v) => (
                  <button type="button" data-field={v.path} title={v.path} onClick={trusted(() => choose(v.path))}>
                    {v[lang]}
                  </button>
                ))}
              </div>
            </div>
          )}
          <details class="maker-json">
            <summary>{msg('maker.s15')}</summary>
            <pre>{adapter ? JSON.stringify(adapter, null, 2) : made.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}</pre>
          </details>
          <div class="actions">
            <button type="button" class="maker-try" disabled={!adapter} onClick={trusted(tryIt)}>
              {msg('maker.s16')}
            </button>
            <GuardedButton class="maker-save" disabled={!adapter} onAct={save}>
              {msg('maker.s17')}
            </GuardedButton>
          </div>
          {said && <p class="note maker-said">{said}</p>}
          {tried && (
            <div class="maker-tried" data-failing={(tried.report?.findings ?? []).filter((f) => f.status === 'fail').map((f) => f.ruleId).join(' ')}>
              {tried.report ? <Findings findings={tried.report.findings.filter((f) => f.status !== 'pass')} lang={lang} onFocus={() => undefined} /> : <p class="hint">{msg('maker.s18')}</p>}
              <ReadingView lines={tried.lines ?? []} lang={lang} />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
