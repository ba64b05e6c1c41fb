import { useState } from 'preact/hooks';
import type { CountedView } from '../../core/liaison';
import type { LiaisonState } from './use-liaison';
import type { Submitter } from '../../core/liaison/report/html';
import { saveRecords } from './save-records';
import { msg } from '../i18n';
import { downloadFile } from '../download';
import { rowList } from '../../core/replaced-bytes';
import { todayInChina } from '../../core/calendar';
import { refusedCsv, refusedLines, type RefusedRow } from './import-log';


/** Import the platform's exported lists into the store (with the row accounting), and export the view as xlsx or HTML. */
export function ImportExport({ view, report, readFiles, department, submitter, onImported }: { view?: CountedView; report: LiaisonState['report']; readFiles: LiaisonState['readFiles']; department: string; submitter?: Submitter; onImported(): void }) {
  const [log, setLog] = useState<string[]>([]);
  // Every row refused by the last import, for the CSV (the log names the first of each sheet).
  const [refusedAll, setRefusedAll] = useState<RefusedRow[]>([]);
  const [making, setMaking] = useState<string>();
  async function importFiles(files: FileList | null) {
    const lines: string[] = [];
    const all: RefusedRow[] = [];
    // Read in the view worker (a province's list takes seconds to split); the page only saves and reports.
    for (const file of await readFiles([...(files ?? [])])) {
      if ('error' in file) {
        lines.push(`✖ ${file.name}: ${file.error}`);
        continue;
      }
      for (const s of file.sheets) {
        const r = s.records.length ? await saveRecords({ kind: 'file', name: s.account.source }, s.records) : undefined;
        const refused: RefusedRow[] = [...s.account.refused, ...(r?.ok ? r.refused.map((x) => ({ ...x, source: s.account.source })) : [])];
        lines.push(msg('liaison.import.summary', { source: s.account.source, read: s.account.read, kept: r?.ok ? r.saved : 0, refused: refused.length }));
        if (s.account.replacedRows?.length) lines.push(`  ⚠ ${msg('cli.account.replaced', { source: s.account.source, rows: rowList(s.account.replacedRows), n: s.account.replacedRows.length })}`);
        lines.push(...refusedLines(refused));
        all.push(...refused);
        if (r && !r.ok) lines.push(`  ✖ ${r.error}`);
      }
    }
    setLog(lines);
    setRefusedAll(all);
    onImported();
  }
  const stamp = () => new Date().toISOString();
  // The report lists every finding: it is made in the view worker, and the page only saves the file.
  async function exportAs(format: 'xlsx' | 'html') {
    if (!view) return;
    setMaking(msg('liaison.export.making'));
    try {
      const data = await report(format, { generatedAt: stamp(), departmentId: department || undefined, ...(format === 'html' ? { submitter } : {}) });
      if (format === 'xlsx') downloadFile(`${base}.xlsx`, data as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      else downloadFile(`${base}.html`, data as string, 'text/html;charset=utf-8');
      setMaking(undefined);
    } catch (e) {
      setMaking(msg('liaison.export.failed', { error: (e as Error).message }));
    }
  }
  const base = view ? `双随机合规-${view.matrix.year}${department ? `-${department}` : ''}` : 'report';
  return (
    <section class="import-export">
      <label class="btn">
        {msg('liaison.import.button')}
        <input type="file" multiple accept=".xlsx,.xls,.csv" data-testid="liaison-import" onChange={(e) => void importFiles((e.target as HTMLInputElement).files)} hidden />
      </label>
      <button type="button" disabled={!view || !!making} data-testid="export-xlsx" onClick={() => void exportAs('xlsx')}>
        {msg('liaison.export.xlsx')}
      </button>
      <button type="button" disabled={!view || !!making} data-testid="export-html" onClick={() => void exportAs('html')}>
        {msg('liaison.export.html')}
      </button>
      {making && <span class="busy" data-testid="export-status">{making}</span>}
      {refusedAll.length > 0 && (
        <button type="button" data-testid="download-refused" onClick={() => downloadFile(`${msg('liaison.import.refusedFile')}-${todayInChina()}.csv`, refusedCsv(refusedAll), 'text/csv;charset=utf-8')}>
          {msg('liaison.import.downloadRefused', { n: refusedAll.length })}
        </button>
      )}
      {log.length > 0 && <pre class="import-log" data-testid="import-log">{log.join('\n')}</pre>}
    </section>
  );
}
