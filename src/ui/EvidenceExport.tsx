import { useState } from 'preact/hooks';
import type { Finding } from '../core/rules/types';
import { buildEvidence, type Evidence } from '../core/risk/evidence';
import { send } from '../messaging/send';
import type { RecognisedPage } from '../platform/recognise';
import { msg, pick } from './i18n';
import { GuardedButton } from './GuardedButton';

const MARK = { present: '✓', absent: '✗', elsewhere: '…' } as const;

/**
 * What this page shows of the evidence for exemption case 1 (免责情形 1), and its export as a file
 * (JSON + printable HTML, opened in the extension's own page).
 */
export function EvidenceExport(props: { page: RecognisedPage; profileId: string; findings?: Finding[]; passed?: number; runs: string[]; drawnCount?: string }) {
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState('');
  const evidenceNow = (audit?: Evidence['audit']): Evidence =>
    buildEvidence({ url: location.href, kind: props.page.kind, title: document.title, profile: props.profileId, findings: props.findings, rulesPassed: props.passed, draw: { runs: props.runs, drawnCount: props.drawnCount }, audit });
  const e = evidenceNow();
  const exportIt = async () => {
    const chain = await send({ type: 'audit.verify' });
    // The background hashes what it stores: the panel sends the evidence without a hash of its own.
    const { hash: _own, ...evidence } = evidenceNow(chain.ok && chain.chain.ok ? { length: chain.chain.length ?? 0, headHash: chain.chain.head } : undefined);
    const r = await send({ type: 'evidence.save', evidence, open: true });
    if (r.ok) setSaved(r.id);
    else setError(r.error);
  };
  return (
    <section class="evidence">
      <h3>{msg('evidence.title')}</h3>
      <ul>
        {e.items.map((i) => (
          <li class={`ev-${i.status}`} data-kind={i.kind} data-status={i.status}>
            {MARK[i.status]} {pick(i)}
          </li>
        ))}
      </ul>
      <GuardedButton class="export-evidence" onAct={exportIt}>
        {msg('evidence.export')}
      </GuardedButton>
      {saved !== null && <p class="note" data-evidence={saved}>{msg('evidence.exported', { id: saved })}</p>}
      {error && <p class="error">{error}</p>}
    </section>
  );
}
