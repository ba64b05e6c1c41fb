import { useEffect, useMemo, useState } from 'preact/hooks';
import { send } from '../messaging/send';
import type { EvidenceRow } from '../storage/db';
import { renderEvidenceHtml } from '../core/risk/evidence-html';
import { evidenceIntact } from '../core/risk/evidence';
import { ArchiveFiling } from './ArchiveFiling';
import { downloadFile } from './download';
import { msg } from './i18n';


/** One saved evidence file: shown as the printable document, with JSON and HTML downloads and print. */
export function EvidencePage({ id }: { id: number }) {
  const [row, setRow] = useState<EvidenceRow | null | undefined>(undefined);
  useEffect(() => {
    send({ type: 'evidence.get', id }).then((r) => setRow(r.ok ? (r.row ?? null) : null));
  }, [id]);
  const html = useMemo(() => (row ? renderEvidenceHtml(row.evidence) : ''), [row]);
  if (row === undefined) return <p class="evidence-wait">…</p>;
  if (row === null) return <p class="evidence-wait">{msg('evidence.page.notFound', { id })}</p>;
  const e = row.evidence;
  const base = `dra-evidence-${id}-${e.generatedAt.slice(0, 10)}`;
  return (
    <div>
      <nav class="evidence-tools">
        <h1>{msg('evidence.page.title', { id })}</h1>
        <span data-intact={evidenceIntact(e) ? 'yes' : 'no'}>{evidenceIntact(e) ? msg('evidence.page.intact') : msg('evidence.page.changed')}</span>
        <button type="button" id="download-json" onClick={() => downloadFile(`${base}.json`, JSON.stringify(e, null, 2), 'application/json')}>{msg('evidence.page.downloadJson')}</button>
        <button type="button" id="download-html" onClick={() => downloadFile(`${base}.html`, html, 'text/html')}>{msg('evidence.page.downloadHtml')}</button>
        <button type="button" id="print" onClick={() => (document.getElementById('doc') as HTMLIFrameElement).contentWindow?.print()}>{msg('evidence.page.print')}</button>
        <ArchiveFiling evidenceId={id} pageUrl={e.page.url} />
      </nav>
      {/* The document is rendered from escaped text into a sandboxed frame without scripts. */}
      <iframe id="doc" class="evidence-doc" title={msg('evidenceFile.title')} sandbox="allow-modals allow-same-origin" srcdoc={html} />
    </div>
  );
}
