import { useState } from 'preact/hooks';
import type { PreviewSummary } from '../background/draw-preview';
import type { RecognisedPage } from '../platform/recognise';
import { requestPreview } from '../platform/preview-request';
import { send } from '../messaging/send';
import { replyText } from './reply-text';
import { readForm } from '../platform/read-form';
import { fieldLabel } from '../i18n/field-label';
import { BarChart } from './charts';
import { drawKey } from './use-draw-watch';
import { msg, pick } from './i18n';
import { trusted } from './trusted';
import { GuardedButton } from './GuardedButton';

const randomSeed = () => [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The draw preview on the strategy page: our engine, seeded, on the registries held locally, with
 * the strategy as the page holds it now. It runs in the background, next to the imported registries
 * (which never come to the page); the panel shows the counts. Marked as not binding; every preview
 * record is kept (the profile and department are the background's, from the user's settings).
 */
export function DrawPreview({ page }: { page: RecognisedPage }) {
  const [seed, setSeed] = useState(randomSeed);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [result, setResult] = useState<(PreviewSummary & { run: number; names: Record<string, string> }) | null>(null);
  // The records are written after the counts are shown: until the background says they are kept, the hint says so.
  const [keeping, setKeeping] = useState(false);
  // Items by the name the page shows (the row label), never by their code alone.
  const itemName = (id: string) => result?.names[id] || id;

  // What the background kept of this preview's records, asked once the counts are shown.
  const awaitKept = async (id: string) => {
    setKeeping(true);
    try {
      const k = await send({ type: 'draw.preview.kept', keeping: id });
      if (!k.ok) return setError((k.problems ?? []).map((x) => pick(x)).join('；') || replyText(k.error));
      // A refused save (storage full) is said, not swallowed: the preview shows but is not kept.
      if (k.notSaved) setError(msg('preview.notSaved', { why: pick(k.notSaved) }));
      setResult((prev) => (prev && prev.keeping === id ? { ...prev, saved: k.saved, notSaved: k.notSaved } : prev));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setKeeping(false);
    }
  };

  const run = async () => {
    setBusy(true);
    setError('');
    try {
      const r = await requestPreview(page, { seed, key: drawKey(page) });
      if (!r.ok) {
        setError((r.problems ?? []).map((x) => msg('common.problem', { where: fieldLabel(x.path), what: pick(x) })).join('；') || r.error);
        setResult(null);
        return;
      }
      const values = readForm(document, page.spec).values;
      const names = Object.fromEntries((Array.isArray(values.entries) ? values.entries : []).flatMap((row) => (typeof row === 'object' && row && 'itemId' in row && typeof row.itemLabel === 'string' ? [[String(row.itemId), row.itemLabel]] : [])));
      setResult((prev) => ({ ...r.preview, names, run: (prev?.run ?? 0) + 1 }));
      if (r.preview.keeping) void awaitKept(r.preview.keeping);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="preview">
      <h3>{msg('preview.title')}</h3>
      <div class="row">
        <label>
          {msg('preview.seed')} <input class="seed" value={seed} onInput={trusted((e) => setSeed((e.target as HTMLInputElement).value.trim()))} />
        </label>
        <button type="button" class="new-seed" onClick={trusted(() => setSeed(randomSeed()))} title={msg('preview.newSeed')}>
          ↻
        </button>
        <GuardedButton class="run-preview" disabled={busy || !seed} onAct={run}>
          {busy ? '…' : msg('preview.run')}
        </GuardedButton>
      </div>
      {error && <p class="error">{error}</p>}
      {result && (
        <div class="preview-result" data-run={result.run} data-drawn={result.drawn} data-seed={result.seed} data-saved={result.saved.length} data-keeping={keeping ? 'yes' : undefined}>
          {/* Always said: a screenshot of it must never pass for an official draw. */}
          <p class="not-binding">{msg('preview.notBinding')}</p>
          <p class="totals">
            {msg('preview.totals', { drawn: result.drawn, library: result.library, share: ((result.drawn / Math.max(1, result.library)) * 100).toFixed(1) })}
            {result.overlap > 0 && msg('preview.overlap', { n: result.overlap })}
          </p>
          {result.items.map((item) => (
            <div class="preview-item" data-item={item.itemId} data-drawn={item.drawn} data-result-hash={item.resultHash}>
              <h4>
                {itemName(item.itemId)} · {msg('preview.libraryCount', { name: item.libraryName ?? msg('preview.allObjects'), n: item.library })}
              </h4>
              {item.error ? (
                <p class="error">{pick(item.error)}</p>
              ) : (
                <>
                  <BarChart bars={item.classes.map((c) => ({ label: c.creditClass === 'unclassified' ? msg('common.all') : msg('preview.class', { c: c.creditClass }), whole: c.pool, part: c.target }))} />
                  <p class="facts">
                    {msg('preview.facts', { drawn: item.drawn, min: item.inspectors.min, max: item.inspectors.max, replacements: item.replacements, excluded: Object.values(item.excluded).reduce((a, b) => a + b, 0) })}
                    {Object.entries(item.excluded).map(([k, n]) => msg('preview.excludedBy', { why: k === 'frequency' ? msg('preview.exclusion.frequency') : k, n }))}
                  </p>
                </>
              )}
            </div>
          ))}
          <p class="hint">{keeping ? msg('preview.hintKeeping', { source: result.source }) : msg('preview.hint', { source: result.source, n: result.saved.length })}</p>
        </div>
      )}
    </section>
  );
}
