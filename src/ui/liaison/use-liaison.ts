import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { todayInChina } from '../../core/calendar';
import type { CellSubject, CountedView, ImportAccount } from '../../core/liaison';
import type { Submitter } from '../../core/liaison/report/html';
import ViewWorker from './view.worker.ts?worker';
import type { ViewAnswer, WorkerAsk } from './view-protocol';
import type { ImportFile } from './read-import';
import { readParts } from './read-parts';
import { PAGE_PART, yieldToPage } from './page-parts';
import type { CellRef } from './Matrix';
import { send } from '../../messaging/send';
import { msg } from '../i18n';
import type { LiaisonRecordRow } from '../../storage/db';
import type { Settings } from '../../storage/settings';

export interface LiaisonState {
  records: LiaisonRecordRow[];
  years: number[];
  year?: number;
  setYear(y: number): void;
  profileId: string;
  setProfileId(id: string): void;
  department: string;
  setDepartment(id: string): void;
  /** counts only: the findings behind a cell come from the worker when it is opened (cell, more) */
  view?: CountedView;
  account?: ImportAccount;
  /** the cell opened, and the subjects of it received so far (a page at a time) */
  cell?: CellRef;
  setCell(c?: CellRef): void;
  cellList?: CellList;
  /** asks the worker for the next page of the opened cell */
  more(): void;
  /** a report of the view, made in the worker (it lists every finding) */
  report(format: 'xlsx' | 'html', opts: { generatedAt: string; departmentId?: string; submitter?: Submitter }): Promise<Uint8Array | string>;
  /** the chosen files read into records in the worker (the page's thread stays free however large the files) */
  readFiles(files: File[]): Promise<ImportFile[]>;
  /** The view is being computed (in the worker) for the records, year and profile now chosen. */
  busy: boolean;
  error?: string;
  reload(): Promise<void>;
}

export interface CellList {
  subjects: CellSubject[];
  /** how many the cell lists in all */
  total: number;
  /** a page is asked and not yet answered */
  loading: boolean;
  error?: string;
}

/** Rows of a cell's list asked at a time: the page shows them at once, however long the list. */
export const CELL_PAGE = 200;

/** The liaison view of the records in the extension's store, for the year, profile and department chosen. */
export function useLiaison(): LiaisonState {
  const [records, setRecords] = useState<LiaisonRecordRow[]>([]);
  const [settings, setSettings] = useState<Settings>();
  const [year, setYear] = useState<number>();
  const [profileId, setProfileId] = useState<string>();
  const [department, setDepartment] = useState<string>();
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    // In pages: one reply holding a province's year would pass the browser's message size (64 MiB), and each
    // reply is copied on the page's thread (page-parts.ts).
    const all: LiaisonRecordRow[] = [];
    for (;;) {
      const r = await send({ type: 'liaison.list', limit: PAGE_PART, ...(all.length ? { after: all[all.length - 1].key } : {}) });
      if (!r.ok) return setError(r.error);
      for (const x of r.records) all.push(x);
      if (r.records.length < PAGE_PART) break;
    }
    setRecords(all);
  }, []);
  useEffect(() => {
    void reload();
    send({ type: 'settings.get' }).then((r) => r.ok && setSettings(r.settings));
  }, [reload]);

  const years = useMemo(() => {
    const ys = new Set<number>();
    for (const r of records) {
      if (r.kind === 'plan' && typeof r.values.year === 'number') ys.add(r.values.year);
      const end = (r.values.period as { end?: string } | undefined)?.end ?? (r.values.checkedOn as string | undefined);
      if (typeof end === 'string') ys.add(Number(end.slice(0, 4)));
    }
    return [...ys].filter(Boolean).sort((a, b) => b - a);
  }, [records]);
  // This year when there is data for it (a draft plan for next year must not hide this one), else the latest.
  const thisYear = Number(todayInChina().slice(0, 4));
  const chosenYear = year ?? (years.includes(thisYear) ? thisYear : (years.find((y) => y < thisYear) ?? years[0]));
  const chosenProfile = profileId ?? settings?.profileId ?? 'baseline';

  // Assembled and judged in a worker: the page stays responsive however large the year. Each ask carries a
  // sequence number and only the answer to the latest is shown.
  const worker = useRef<Worker>();
  const seq = useRef(0);
  const [built, setBuilt] = useState<Extract<ViewAnswer, { ask: 'view' }>>();
  const [cell, setCellRef] = useState<CellRef>();
  const [cellList, setCellList] = useState<CellList>();
  const reports = useRef(new Map<number, { resolve(d: Uint8Array | string): void; reject(e: Error): void }>());
  const reads = useRef(new Map<number, { files: File[]; parts: ReturnType<typeof readParts>; resolve(files: ImportFile[]): void }>());
  const post = (m: WorkerAsk) => worker.current?.postMessage(m);
  useEffect(() => {
    const w = new ViewWorker();
    worker.current = w;
    w.onmessage = (ev: MessageEvent<ViewAnswer>) => {
      const a = ev.data;
      // A read file's records come in parts before the answer (each part its own short task here).
      if (a.ask === 'read-part') return reads.current.get(a.id)?.parts.add(a);
      if (a.ask === 'read') {
        const r = reads.current.get(a.id);
        reads.current.delete(a.id);
        r?.resolve(r.parts.files(a));
        return;
      }
      if (a.ask === 'report') {
        const r = reports.current.get(a.id);
        reports.current.delete(a.id);
        if (r) 'data' in a ? r.resolve(a.data) : r.reject(new Error('error' in a ? a.error : ''));
        return;
      }
      if (a.seq !== seq.current) return;
      if (a.ask === 'view') return setBuilt(a);
      // A page of the opened cell: appended when it continues what is shown (a page of another cell is dropped).
      setCellList((l) => {
        if ('error' in a) return l && { ...l, loading: false, error: a.error };
        const p = a.page;
        if (!l || !cellRef.current || p.departmentId !== cellRef.current.departmentId || p.ruleId !== cellRef.current.ruleId || p.from !== l.subjects.length) return l;
        return { subjects: [...l.subjects, ...p.subjects], total: p.total, loading: false };
      });
    };
    w.onerror = (ev) => {
      // The browser's own words (ev.message) kept as the detail, after the catalogue's sentence.
      const error = msg('liaison.workerFailed', { detail: ev.message || '—' });
      // Files being read are reported as not read, never left waiting.
      for (const r of reads.current.values()) r.resolve(r.files.map((f) => ({ name: f.name, error })));
      reads.current.clear();
      setBuilt({ ask: 'view', seq: seq.current, error });
    };
    return () => w.terminate();
  }, []);
  const cellRef = useRef<CellRef>();
  const setCell = useCallback((c?: CellRef) => {
    cellRef.current = c;
    setCellRef(c);
    setCellList(c ? { subjects: [], total: 0, loading: true } : undefined);
    if (c) post({ type: 'cell', seq: seq.current, departmentId: c.departmentId, ruleId: c.ruleId, from: 0, count: CELL_PAGE });
  }, []);
  const more = useCallback(() => {
    const c = cellRef.current;
    setCellList((l) => {
      if (!c || !l || l.loading || l.subjects.length >= l.total) return l;
      post({ type: 'cell', seq: seq.current, departmentId: c.departmentId, ruleId: c.ruleId, from: l.subjects.length, count: CELL_PAGE });
      return { ...l, loading: true };
    });
  }, []);
  const nextReport = useRef(0);
  const report = useCallback<LiaisonState['report']>(
    (format, opts) =>
      new Promise((resolve, reject) => {
        const id = ++nextReport.current;
        reports.current.set(id, { resolve, reject });
        post({ type: 'report', seq: seq.current, id, format, ...opts });
      }),
    [],
  );
  const readFiles = useCallback<LiaisonState['readFiles']>(
    (files) =>
      new Promise((resolve) => {
        const id = ++nextReport.current;
        reads.current.set(id, { files, parts: readParts(), resolve });
        post({ type: 'read', id, files });
      }),
    [],
  );
  // The records go to the worker once (in parts, the page answering between them) and stay there: another year
  // or profile asks a view of the same records without copying them again.
  const gens = useRef(0);
  const gen = useMemo(() => ++gens.current, [records]);
  const sent = useRef(0);
  useEffect(() => {
    cellRef.current = undefined;
    setCellRef(undefined);
    setCellList(undefined);
    const w = worker.current;
    if (!chosenYear || !records.length || !w) return setBuilt(undefined);
    const mine = ++seq.current;
    void (async () => {
      if (sent.current !== gen) {
        for (let from = 0; from < records.length; from += PAGE_PART) {
          // A newer ask started: it posts the records it needs from the start.
          if (seq.current !== mine) return;
          w.postMessage({ type: 'records', gen, from, records: records.slice(from, from + PAGE_PART) } satisfies WorkerAsk);
          await yieldToPage();
        }
        if (seq.current !== mine) return;
        sent.current = gen;
      }
      w.postMessage({ seq: mine, gen, count: records.length, year: chosenYear, asOf: todayInChina(), profileId: chosenProfile, overrides: settings?.overrides } satisfies WorkerAsk);
    })();
  }, [records, chosenYear, chosenProfile, settings]);
  const busy = !!chosenYear && records.length > 0 && built?.seq !== seq.current;

  const deps = built && 'view' in built ? built.view!.matrix.departments : [];
  const chosenDep = department ?? (settings?.department && deps.some((d) => d.id === settings.department) ? settings.department : '');
  return {
    records,
    years,
    year: chosenYear,
    setYear,
    profileId: chosenProfile,
    setProfileId,
    department: chosenDep,
    setDepartment,
    busy,
    cell,
    setCell,
    cellList,
    more,
    report,
    readFiles,
    view: built && 'view' in built ? built.view : undefined,
    account: built && 'account' in built ? built.account : undefined,
    error: error ?? (built && 'error' in built ? built.error : undefined),
    reload,
  };
}
