import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { todayInChina } from '../../core/calendar';
import type { LiaisonView, ImportAccount } from '../../core/liaison';
import ViewWorker from './view.worker.ts?worker';
import type { ViewAnswer } from './view-protocol';
import { send } from '../../messaging/send';
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
  view?: LiaisonView;
  account?: ImportAccount;
  /** The view is being computed (in the worker) for the records, year and profile now chosen. */
  busy: boolean;
  error?: string;
  reload(): Promise<void>;
}

/** The liaison view of the records in the extension's store, for the year, profile and department chosen. */
export function useLiaison(): LiaisonState {
  const [records, setRecords] = useState<LiaisonRecordRow[]>([]);
  const [settings, setSettings] = useState<Settings>();
  const [year, setYear] = useState<number>();
  const [profileId, setProfileId] = useState<string>();
  const [department, setDepartment] = useState<string>();
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    const r = await send({ type: 'liaison.list' });
    if (r.ok) setRecords(r.records);
    else setError(r.error);
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
  const [built, setBuilt] = useState<ViewAnswer>();
  useEffect(() => {
    const w = new ViewWorker();
    worker.current = w;
    w.onmessage = (ev: MessageEvent<ViewAnswer>) => ev.data.seq === seq.current && setBuilt(ev.data);
    w.onerror = (ev) => setBuilt({ seq: seq.current, error: ev.message || 'worker failed' });
    return () => w.terminate();
  }, []);
  useEffect(() => {
    if (!chosenYear || !records.length || !worker.current) return setBuilt(undefined);
    worker.current.postMessage({ seq: ++seq.current, records, year: chosenYear, asOf: todayInChina(), profileId: chosenProfile, overrides: settings?.overrides });
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
    view: built && 'view' in built ? built.view : undefined,
    account: built && 'account' in built ? built.account : undefined,
    error: error ?? (built && 'error' in built ? built.error : undefined),
    reload,
  };
}
