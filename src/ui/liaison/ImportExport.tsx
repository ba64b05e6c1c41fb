import { useState } from 'preact/hooks';
import { liaisonHtml, liaisonXlsx, readListFile, type LiaisonView } from '../../core/liaison';
import type { Submitter } from '../../core/liaison/report/html';
import { send } from '../../messaging/send';
import { msg } from '../i18n';
import { downloadFile } from '../download';
import { rowList } from '../../core/replaced-bytes';


/** Import the platform's exported lists into the store (with the row accounting), and export the view as xlsx or HTML. */
export function ImportExport({ view, department, submitter, onImported }: { view?: LiaisonView; department: string; submitter?: Submitter; onImported(): void }) {
  const [log, setLog] = useState<string[]>([]);
  async function importFiles(files: FileList | null) {
    const lines: string[] = [];
    for (const file of [...(files ?? [])]) {
      try {
        const sheets = readListFile(file.name, new Uint8Array(await file.arrayBuffer()));
        for (const s of sheets) {
          const records = s.spec ? s.records.map((r) => ({ kind: s.spec!.kind, row: r.row, values: r.values as Record<string, unknown> })) : [];
          const r = records.length ? await send({ type: 'liaison.save', source: { kind: 'file', name: s.account.source }, records }) : undefined;
          const refused = [...s.account.refused, ...(r?.ok ? r.refused.map((x) => ({ ...x, source: s.account.source })) : [])];
          lines.push(msg('liaison.import.summary', { source: s.account.source, read: s.account.read, kept: r?.ok ? r.saved : 0, refused: refused.length }));
          if (s.account.replacedRows?.length) lines.push(`  ⚠ ${msg('cli.account.replaced', { source: s.account.source, rows: rowList(s.account.replacedRows), n: s.account.replacedRows.length })}`);
          for (const x of refused) lines.push(`  ✖ ${msg('common.problem', { where: msg('common.row', { row: x.row }), what: x.reason })}`);
          if (r && !r.ok) lines.push(`  ✖ ${r.error}`);
        }
      } catch (e) {
        lines.push(`✖ ${file.name}: ${(e as Error).message}`);
      }
    }
    setLog(lines);
    onImported();
  }
  const stamp = () => new Date().toISOString();
  const base = view ? `双随机合规-${view.matrix.year}${department ? `-${department}` : ''}` : 'report';
  return (
    <section class="import-export">
      <label class="btn">
        {msg('liaison.import.button')}
        <input type="file" multiple accept=".xlsx,.xls,.csv" data-testid="liaison-import" onChange={(e) => void importFiles((e.target as HTMLInputElement).files)} hidden />
      </label>
      <button type="button" disabled={!view} data-testid="export-xlsx" onClick={() => view && downloadFile(`${base}.xlsx`, liaisonXlsx(view, { generatedAt: stamp(), departmentId: department || undefined }) as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')}>
        {msg('liaison.export.xlsx')}
      </button>
      <button type="button" disabled={!view} data-testid="export-html" onClick={() => view && downloadFile(`${base}.html`, liaisonHtml(view, { generatedAt: stamp(), departmentId: department || undefined, submitter }), 'text/html;charset=utf-8')}>
        {msg('liaison.export.html')}
      </button>
      {log.length > 0 && <pre class="import-log" data-testid="import-log">{log.join('\n')}</pre>}
    </section>
  );
}
