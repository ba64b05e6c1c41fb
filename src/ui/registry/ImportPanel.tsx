import { useEffect, useRef, useState } from 'preact/hooks';
import { bucketsAddUp, mappingProblems, rejectedCsv, type ColumnMapping, type Counts, type RawRow } from '../../core/registry-import';
import type { RegistryKind } from '../../core/registry-import/fields';
import type { IssueRow, ImportRow, RegistryDb } from '../../storage/registry-db';
import { msg, pick } from '../i18n';
import { downloadFile } from '../download';
import { MappingStep } from './MappingStep';
import type { FromWorker, ToWorker, ToWriter } from './worker-protocol';
import ImportWorker from './import.worker.ts?worker';
import ChunkWriterWorker from './chunk-writer.worker.ts?worker';

type Step =
  | { at: 'choose' }
  | { at: 'peeking'; file: File }
  | { at: 'mapping'; file: File; mapping: ColumnMapping; sample: RawRow[]; fromSaved: boolean; headerRow: number }
  | { at: 'importing'; file: File; mapping: ColumnMapping; counts?: Counts; bytes: number }
  | { at: 'done'; file: File; mapping: ColumnMapping; import: ImportRow; counts: Counts; resumed: boolean }
  | { at: 'failed'; file?: File; problems: Array<{ zh: string; en: string }>; cancelled?: boolean };

const KINDS: RegistryKind[] = ['objects', 'inspectors'];

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
    // A second worker stores the chunks while the first parses the next; the two talk over their own channel.
    const writer: Worker = new ChunkWriterWorker();
    const channel = new MessageChannel();
    writer.postMessage({ port: channel.port2 } satisfies ToWriter, [channel.port2]);
    w.postMessage({ type: 'writer', port: channel.port1 } satisfies ToWorker, [channel.port1]);
    writer.onerror = () => w.postMessage({ type: 'writer-lost' } satisfies ToWorker);
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
    return () => {
      w.terminate();
      writer.terminate();
    };
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
        {KINDS.map((k) => (
          <label>
            <input type="radio" name="kind" value={k} checked={kind === k} disabled={step.at === 'importing'} onChange={() => (setKind(k), setStep({ at: 'choose' }))} /> {msg(`registry.kind.${k}`)}
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
          <strong>{msg('registry.drop')}</strong>
          <span>{msg('registry.dropHint')}</span>
        </label>
      )}
      {step.at === 'peeking' && <p class="busy">{msg('registry.reading', { file: step.file.name })}</p>}
      {step.at === 'mapping' && (
        <div class="step-mapping">
          <h3>
            {step.file.name} · {msg('registry.headerRow', { row: step.headerRow })}
            {step.fromSaved && <span class="saved-tag"> · {msg('registry.savedMapping')}</span>}
          </h3>
          <MappingStep mapping={step.mapping} sample={step.sample} onChange={(mapping) => setStep({ ...step, mapping })} />
          <div class="row">
            <label>
              <input type="checkbox" checked={save} onChange={(e) => setSave((e.target as HTMLInputElement).checked)} /> {msg('registry.saveMapping')}
            </label>
            <label>
              <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {msg('registry.merge')}
            </label>
            <label>
              <input type="radio" name="mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {msg('registry.replace')}
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
            {msg('registry.start')}
          </button>{' '}
          <button type="button" onClick={() => setStep({ at: 'choose' })}>
            {msg('common.cancel')}
          </button>
        </div>
      )}
      {step.at === 'importing' && (
        <div class="step-importing">
          <progress max={step.file.size} value={step.bytes} />
          <span class="pct">{Math.floor((step.bytes / Math.max(1, step.file.size)) * 100)}%</span>
          {step.counts && <CountsTable counts={step.counts} />}
          <button type="button" class="cancel" onClick={() => send({ type: 'cancel' })}>
            {msg('registry.cancelImport')}
          </button>
          <p class="hint">{msg('registry.resumeHint')}</p>
        </div>
      )}
      {step.at === 'done' && <Done db={db} step={step} />}
      {step.at === 'failed' && (
        <div class={step.cancelled ? 'cancelled' : 'failed'}>
          {step.file && <h3>{step.file.name}</h3>}
          <ul class="problems">
            {step.problems.map((p) => (
              <li>{pick(p)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

export function CountsTable({ counts }: { counts: Counts }) {
  const cells: Array<keyof Counts> = ['read', 'imported', 'updated', 'duplicate', 'rejected', 'warnings'];
  return (
    <table class="counts" data-adds-up={bucketsAddUp(counts)}>
      <tr>
        {cells.map((k) => (
          <th>{msg(`registry.count.${k}`)}</th>
        ))}
      </tr>
      <tr>
        {cells.map((k) => (
          <td class={`count-${k}`}>{counts[k].toLocaleString()}</td>
        ))}
      </tr>
    </table>
  );
}

function Done({ db, step }: { db: RegistryDb; step: Extract<Step, { at: 'done' }> }) {
  const [issues, setIssues] = useState<IssueRow[]>([]);
  const [fileNotes, setFileNotes] = useState<IssueRow[]>([]);
  const id = step.import.id!;
  useEffect(() => {
    void db.issues.where('importId').equals(id).limit(200).toArray().then((all) => setIssues(all.filter((i) => i.kind !== 'file')));
    // What the reader said about the whole file (sheets read, columns cut, bytes replaced): always shown.
    void db.issues.where('[importId+kind]').equals([id, 'file']).toArray().then(setFileNotes);
  }, [id]);
  const rejected = issues.filter((i) => i.kind === 'rejected');
  const download = async () => {
    const all = await db.issues.where('[importId+kind]').equals([id, 'rejected']).toArray();
    downloadFile(`${step.file.name.replace(/\.[^.]+$/, '')}-rejected.csv`, rejectedCsv(step.mapping.headers, all.map((i) => ({ row: i.row, reason: { zh: i.zh, en: i.en }, cells: i.cells ?? [] }))), 'text/csv;charset=utf-8');
  };
  const status: Record<string, string> = { done: msg('registry.status.done'), unchanged: msg('registry.status.unchanged') };
  return (
    <div class="step-done" data-status={step.import.status}>
      <h3>
        {step.file.name} · {status[step.import.status] ?? step.import.status}
        {step.resumed && msg('registry.resumed')}
      </h3>
      {fileNotes.length > 0 && (
        <ul class="file-notes">
          {fileNotes.map((n) => (
            <li>⚠ {pick(n)}</li>
          ))}
        </ul>
      )}
      <CountsTable counts={step.counts} />
      {step.counts.rejected > 0 && (
        <div class="rejected">
          <button type="button" class="download-rejected" onClick={download}>
            {msg('registry.downloadRejected', { n: step.counts.rejected })}
          </button>
          <table>
            <tr>
              <th>{msg('registry.rowNo')}</th>
              <th>{msg('registry.reason')}</th>
            </tr>
            {rejected.map((r) => (
              <tr class="rejected-row" data-row={r.row}>
                <td>{r.row}</td>
                <td>{pick(r)}</td>
              </tr>
            ))}
          </table>
        </div>
      )}
      {issues.some((i) => i.kind !== 'rejected') && (
        <details class="notes">
          <summary>{msg('registry.warnings')}</summary>
          <ul>
            {issues
              .filter((i) => i.kind !== 'rejected')
              .slice(0, 100)
              .map((i) => (
                <li>
                  {msg('common.problem', { where: msg('common.row', { row: i.row }), what: pick(i) })}
                </li>
              ))}
          </ul>
        </details>
      )}
    </div>
  );
}
