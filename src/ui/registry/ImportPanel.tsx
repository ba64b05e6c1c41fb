import { useEffect, useRef, useState } from 'preact/hooks';
import { bucketsAddUp, mappingProblems, rejectedCsv, type ColumnMapping, type Counts, type RawRow } from '../../core/registry-import';
import type { RegistryKind } from '../../core/registry-import/fields';
import type { IssueRow, ImportRow, RegistryDb } from '../../storage/registry-db';
import { tr } from '../i18n';
import { downloadFile } from '../download';
import { MappingStep } from './MappingStep';
import type { FromWorker, ToWorker } from './worker-protocol';
import ImportWorker from './import.worker.ts?worker';

type Step =
  | { at: 'choose' }
  | { at: 'peeking'; file: File }
  | { at: 'mapping'; file: File; mapping: ColumnMapping; sample: RawRow[]; fromSaved: boolean; headerRow: number }
  | { at: 'importing'; file: File; mapping: ColumnMapping; counts?: Counts; bytes: number }
  | { at: 'done'; file: File; mapping: ColumnMapping; import: ImportRow; counts: Counts; resumed: boolean }
  | { at: 'failed'; file?: File; problems: Array<{ zh: string; en: string }>; cancelled?: boolean };

const KINDS: Array<[RegistryKind, string, string]> = [
  ['objects', '检查对象名录库', 'object registry'],
  ['inspectors', '执法检查人员名录库', 'inspector registry'],
];

export function ImportPanel({ db, onImported }: { db: RegistryDb; onImported: () => void }) {
  const [kind, setKind] = useState<RegistryKind>('objects');
  const [step, setStep] = useState<Step>({ at: 'choose' });
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [save, setSave] = useState(true);
  const [over, setOver] = useState(false);
  const worker = useRef<Worker>();

  useEffect(() => {
    const w: Worker = new ImportWorker();
    worker.current = w;
    w.onmessage = (ev: MessageEvent<FromWorker>) => {
      const m = ev.data;
      setStep((s) => {
        if (m.type === 'peeked' && s.at === 'peeking') {
          const p = m.prepared;
          if (!p.mapping.headers.length) return { at: 'failed', file: s.file, problems: p.problems };
          return { at: 'mapping', file: s.file, mapping: p.mapping, sample: p.sample, fromSaved: p.fromSaved, headerRow: p.headerRow };
        }
        if (m.type === 'progress' && s.at === 'importing') return { ...s, counts: m.counts, bytes: m.bytes };
        if (m.type === 'done' && s.at === 'importing') return { at: 'done', file: s.file, mapping: s.mapping, import: m.import, counts: m.counts, resumed: m.resumed };
        if (m.type === 'failed') return { at: 'failed', file: 'file' in s ? s.file : undefined, problems: m.problems, cancelled: m.cancelled };
        return s;
      });
      if (m.type === 'done') onImported();
    };
    return () => w.terminate();
  }, []);

  const send = (m: ToWorker) => worker.current!.postMessage(m);
  const choose = (file: File | undefined) => {
    if (!file) return;
    setStep({ at: 'peeking', file });
    send({ type: 'peek', kind, file });
  };

  return (
    <section class="import">
      <div class="kinds">
        {KINDS.map(([k, zh, en]) => (
          <label>
            <input type="radio" name="kind" value={k} checked={kind === k} disabled={step.at === 'importing'} onChange={() => (setKind(k), setStep({ at: 'choose' }))} /> {tr(zh, `${zh} (${en})`)}
          </label>
        ))}
      </div>
      {(step.at === 'choose' || step.at === 'done' || step.at === 'failed') && (
        <label
          class={`drop${over ? ' over' : ''}`}
          onDragOver={(e) => (e.preventDefault(), setOver(true))}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            choose(e.dataTransfer?.files[0]);
          }}
        >
          <input type="file" class="file" accept=".csv,.xlsx,.xls,text/csv" onChange={(e) => choose((e.target as HTMLInputElement).files?.[0])} />
          <strong>{tr('把 .xlsx / .xls / .csv 文件拖到这里，或点击选择文件', 'Drop an .xlsx / .xls / .csv file here, or click to choose one')}</strong>
          <span>{tr('平台导出的名录库、Excel 表格均可；CSV 编码自动识别（UTF-8、GBK）', 'platform exports and Excel files; CSV encoding detected (UTF-8, GBK)')}</span>
        </label>
      )}
      {step.at === 'peeking' && <p class="busy">{tr(`正在读取 ${step.file.name}…`, `reading ${step.file.name}…`)}</p>}
      {step.at === 'mapping' && (
        <div class="step-mapping">
          <h3>
            {step.file.name} · {tr(`表头在第 ${step.headerRow} 行`, `header on row ${step.headerRow}`)}
            {step.fromSaved && <span class="saved-tag"> · {tr('已套用保存的列对应', 'saved mapping applied')}</span>}
          </h3>
          <MappingStep mapping={step.mapping} sample={step.sample} onChange={(mapping) => setStep({ ...step, mapping })} />
          <div class="row">
            <label>
              <input type="checkbox" checked={save} onChange={(e) => setSave((e.target as HTMLInputElement).checked)} /> {tr('保存此列对应，供同样表头的文件使用', 'save this mapping for files with the same headers')}
            </label>
            <label>
              <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {tr('合并到现有名录库', 'merge into the registry')}
            </label>
            <label>
              <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {tr('替换整个名录库', 'replace the registry')}
            </label>
          </div>
          <button
            type="button"
            class="start"
            disabled={mappingProblems(step.mapping).length > 0}
            onClick={() => {
              setStep({ at: 'importing', file: step.file, mapping: step.mapping, bytes: 0 });
              send({ type: 'import', kind, file: step.file, mapping: step.mapping, mode, saveMapping: save });
            }}
          >
            {tr('开始导入', 'Import')}
          </button>{' '}
          <button type="button" onClick={() => setStep({ at: 'choose' })}>
            {tr('取消', 'Cancel')}
          </button>
        </div>
      )}
      {step.at === 'importing' && (
        <div class="step-importing">
          <progress max={step.file.size} value={step.bytes} />
          <span class="pct">{Math.floor((step.bytes / Math.max(1, step.file.size)) * 100)}%</span>
          {step.counts && <CountsTable counts={step.counts} />}
          <button type="button" class="cancel" onClick={() => send({ type: 'cancel' })}>
            {tr('取消导入', 'Cancel import')}
          </button>
          <p class="hint">{tr('关闭页面也不会留下半个名录库：重新导入同一文件会从断点继续。', 'Closing the page never leaves half a registry: importing the same file again resumes.')}</p>
        </div>
      )}
      {step.at === 'done' && <Done db={db} step={step} />}
      {step.at === 'failed' && (
        <div class={step.cancelled ? 'cancelled' : 'failed'}>
          {step.file && <h3>{step.file.name}</h3>}
          <ul class="problems">
            {step.problems.map((p) => (
              <li>{tr(p.zh, p.en)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

export function CountsTable({ counts }: { counts: Counts }) {
  const cells: Array<[keyof Counts, string, string]> = [
    ['read', '读取', 'read'],
    ['imported', '新增', 'imported'],
    ['updated', '更新', 'updated'],
    ['duplicate', '重复', 'duplicate'],
    ['rejected', '拒绝', 'rejected'],
    ['warnings', '警告（已保留）', 'warnings (kept)'],
  ];
  return (
    <table class="counts" data-adds-up={bucketsAddUp(counts)}>
      <tr>
        {cells.map(([k, zh, en]) => (
          <th>{tr(zh, en)}</th>
        ))}
      </tr>
      <tr>
        {cells.map(([k]) => (
          <td class={`count-${k}`}>{counts[k].toLocaleString()}</td>
        ))}
      </tr>
    </table>
  );
}

function Done({ db, step }: { db: RegistryDb; step: Extract<Step, { at: 'done' }> }) {
  const [issues, setIssues] = useState<IssueRow[]>([]);
  const id = step.import.id!;
  useEffect(() => {
    void db.issues.where('importId').equals(id).limit(200).toArray().then(setIssues);
  }, [id]);
  const rejected = issues.filter((i) => i.kind === 'rejected');
  const download = async () => {
    const all = await db.issues.where('[importId+kind]').equals([id, 'rejected']).toArray();
    downloadFile(`${step.file.name.replace(/\.[^.]+$/, '')}-rejected.csv`, rejectedCsv(step.mapping.headers, all.map((i) => ({ row: i.row, reason: { zh: i.zh, en: i.en }, cells: i.cells ?? [] }))), 'text/csv;charset=utf-8');
  };
  const status: Record<string, string> = { done: tr('已导入，名录库已更新', 'imported; the registry is updated'), unchanged: tr('与现有名录库相同，未作改动', 'same as the registry held: nothing changed') };
  return (
    <div class="step-done" data-status={step.import.status}>
      <h3>
        {step.file.name} · {status[step.import.status] ?? step.import.status}
        {step.resumed && tr('（从断点继续）', ' (resumed)')}
      </h3>
      <CountsTable counts={step.counts} />
      {step.counts.rejected > 0 && (
        <div class="rejected">
          <button type="button" class="download-rejected" onClick={download}>
            {tr(`下载被拒绝的 ${step.counts.rejected} 行（CSV）`, `Download the ${step.counts.rejected} rejected rows (CSV)`)}
          </button>
          <table>
            <tr>
              <th>{tr('行号', 'row')}</th>
              <th>{tr('原因', 'reason')}</th>
            </tr>
            {rejected.map((r) => (
              <tr class="rejected-row" data-row={r.row}>
                <td>{r.row}</td>
                <td>{tr(r.zh, r.en)}</td>
              </tr>
            ))}
          </table>
        </div>
      )}
      {issues.some((i) => i.kind !== 'rejected') && (
        <details class="notes">
          <summary>{tr('警告与重复', 'warnings and duplicates')}</summary>
          <ul>
            {issues
              .filter((i) => i.kind !== 'rejected')
              .slice(0, 100)
              .map((i) => (
                <li>
                  {tr(`第 ${i.row} 行`, `row ${i.row}`)}: {tr(i.zh, i.en)}
                </li>
              ))}
          </ul>
        </details>
      )}
    </div>
  );
}
