import { useEffect, useRef, useState } from 'preact/hooks';
import { Dossier } from '../core/model';
import { evaluate, type Report } from '../core/rules/evaluate';
import { loadProfile, type ResolvedProfile } from '../core/profiles';
import { todayInChina } from '../core/calendar';
import { readForm, type ReadLine, type ReadResult } from '../platform/read-form';
import { pageModel } from '../platform/to-model';
import type { ListedItem } from '../platform/item-list';
import type { ItemSource } from '../platform/item-source';
import { ItemLookup } from './item-lookup';
import type { RecognisedPage } from '../platform/recognise';
import { pageToday } from '../platform/page-date';
import { blankForm } from '../platform/blank-form';

export interface LiveState {
  report?: Report;
  read?: ReadResult;
  /** Every line of what was read: the page's, then what building the model took from elsewhere or dropped. */
  lines?: ReadLine[];
  /** How long the last refresh took (read + rules), for the panel's footer and the benchmark. */
  ms?: number;
  /** A new, empty form the user has not typed in yet: nothing is judged until they do. */
  waitingForInput?: boolean;
  /** The day the rules judge against: the platform page's own date where it shows one, else the China date. */
  today?: string;
}

let baseline: ResolvedProfile | undefined;

/** Read the form and run the rules: what the panel shows, refreshed on every change. */
export function validateNow(doc: Document, page: RecognisedPage, profile?: ResolvedProfile, itemList?: ListedItem[] | ItemSource, today: string = pageToday(doc) ?? todayInChina()): LiveState {
  const t0 = performance.now();
  const read = readForm(doc, page.spec);
  const model = pageModel(read.values, today, { itemList });
  const lines = [...read.lines, ...model.lines];
  if (!model.dossier) return { read, lines };
  const parsed = Dossier.safeParse(model.dossier);
  if (!parsed.success) {
    // Never silent: what the model refused is a line of its own.
    for (const i of parsed.error.issues) lines.push({ field: i.path.join('.'), where: { zh: '模型校验', en: 'model check' }, dropped: { zh: i.message, en: i.message }, rules: [] });
    return { read, lines };
  }
  const report = evaluate(parsed.data, profile ?? (baseline ??= loadProfile('baseline')), { asOf: today });
  return { report, read, lines, ms: performance.now() - t0, today };
}

/**
 * Refresh after every input: native input/change events, DOM mutations (select2 re-renders its
 * selection; the content script cannot see jQuery's own events), and a slow poll for values set by
 * widgets without any event (laydate). A refresh runs at most once per animation frame.
 */
export function useLiveValidation(page: RecognisedPage, profile?: ResolvedProfile, itemList?: ListedItem[] | ItemSource): LiveState {
  const [state, setState] = useState<LiveState>({});
  const last = useRef('');
  useEffect(() => {
    if (!page.spec.fields.length && !page.spec.tables.length) return;
    last.current = ''; // a new profile re-judges the same values
    let frame = 0;
    // Today is read once per page: the platform's header date, else the China date.
    const today = pageToday(document) ?? todayInChina();
    // A new form that opens empty is judged only once the user has typed or picked something in it
    // (their own key or click: a script filling the page does not count).
    let waiting: boolean | undefined;
    const typed = (e: Event) => {
      // The panel's own controls (events from its shadow root reach the page as from its host) are not the form.
      if (!e.isTrusted || !waiting || (e.target as Element | null)?.tagName === 'DRA-PANEL') return;
      waiting = false;
      refresh();
    };
    const refresh = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        // Only a new plan, task, result or inspector draw opens empty: a strategy page belongs to a saved task and is judged at once.
        if (waiting === undefined) waiting = ['plan', 'task', 'results', 'inspectors'].includes(page.kind) && blankForm(readForm(document, page.spec), page.spec);
        const judged = validateNow(document, page, profile, itemList, today);
        // Items the page names that the panel has not asked about yet: asked now, judged again when known.
        if (itemList instanceof ItemLookup) void itemList.fetchWanted().then((news) => news && refresh());
        const next: LiveState = waiting ? { read: judged.read, lines: judged.lines, today, waitingForInput: true } : judged;
        const key = `${next.waitingForInput ? 'waiting' : ''}|${profile?.id}|${Array.isArray(itemList) ? itemList.length : itemList?.size}|${JSON.stringify(next.read?.values ?? {})}|${JSON.stringify(next.lines ?? [])}`;
        if (key === last.current) return;
        last.current = key;
        setState(next);
      });
    };
    refresh();
    const form = document.querySelector('form') ?? document.body;
    document.addEventListener('input', refresh, true);
    document.addEventListener('change', refresh, true);
    for (const type of ['input', 'change', 'keydown', 'pointerup']) document.addEventListener(type, typed, true);
    const observer = new MutationObserver(refresh);
    observer.observe(form, { subtree: true, childList: true, characterData: true });
    const poll = setInterval(refresh, 700);
    return () => {
      document.removeEventListener('input', refresh, true);
      document.removeEventListener('change', refresh, true);
      for (const type of ['input', 'change', 'keydown', 'pointerup']) document.removeEventListener(type, typed, true);
      observer.disconnect();
      clearInterval(poll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [page, profile, itemList]);
  return state;
}
