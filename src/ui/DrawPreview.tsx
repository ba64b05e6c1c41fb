import { useState } from 'preact/hooks';
import type { PreviewSummary } from '../background/draw-preview';
import type { RecognisedPage } from '../platform/recognise';
import { requestPreview } from '../platform/preview-request';
import { BarChart } from './charts';
import { drawKey } from './use-draw-watch';
import { tr } from './i18n';

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
  const [result, setResult] = useState<(PreviewSummary & { run: number }) | null>(null);

  const run = async () => {
    setBusy(true);
    setError('');
    try {
      const r = await requestPreview(page, { seed, key: drawKey(page) });
      if (!r.ok) {
        setError((r.problems ?? []).map((x) => `${x.path}: ${tr(x.zh, x.en)}`).join('；') || r.error);
        setResult(null);
        return;
      }
      // A refused save (storage full) is said, not swallowed: the preview shows but is not kept.
      if (r.preview.notSaved) setError(tr('预览记录未保存：', 'preview record not saved: ') + tr(r.preview.notSaved.zh, r.preview.notSaved.en));
      setResult((prev) => ({ ...r.preview, run: (prev?.run ?? 0) + 1 }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="preview">
      <h3>{tr('抽取预览', 'Draw preview')}</h3>
      <div class="row">
        <label>
          {tr('种子', 'seed')} <input class="seed" value={seed} onInput={(e) => setSeed((e.target as HTMLInputElement).value.trim())} />
        </label>
        <button type="button" class="new-seed" onClick={() => setSeed(randomSeed())} title={tr('换一个种子', 'new seed')}>
          ↻
        </button>
        <button type="button" class="run-preview" disabled={busy || !seed} onClick={run}>
          {busy ? '…' : tr('预览', 'Preview')}
        </button>
      </div>
      {error && <p class="error">{error}</p>}
      {result && (
        <div class="preview-result" data-run={result.run} data-drawn={result.drawn} data-seed={result.seed} data-saved={result.saved.length}>
          {/* Always in both languages: a screenshot of it must never pass for an official draw. */}
          <p class="not-binding">预览 / preview · 不具约束力 / not binding · {tr('正式抽取以平台为准', 'the official draw is the platform’s')}</p>
          <p class="totals">
            {tr(`共抽取 ${result.drawn} 户 / 抽取库 ${result.library} 户（${((result.drawn / Math.max(1, result.library)) * 100).toFixed(1)}%）`, `${result.drawn} drawn of ${result.library} in the libraries (${((result.drawn / Math.max(1, result.library)) * 100).toFixed(1)}%)`)}
            {result.overlap > 0 && tr(`，${result.overlap} 户同时被多个事项抽中`, `; ${result.overlap} drawn for more than one item`)}
          </p>
          {result.items.map((item) => (
            <div class="preview-item" data-item={item.itemId} data-drawn={item.drawn} data-result-hash={item.resultHash}>
              <h4>
                {item.itemId} · {item.libraryName ?? tr('全部对象', 'all objects')} ({item.library})
              </h4>
              {item.error ? (
                <p class="error">{tr(item.error.zh, item.error.en)}</p>
              ) : (
                <>
                  <BarChart bars={item.classes.map((c) => ({ label: c.creditClass === 'unclassified' ? tr('全部', 'all') : `${c.creditClass}${tr('类', '')}`, whole: c.pool, part: c.target }))} />
                  <p class="facts">
                    {tr(`抽取 ${item.drawn} 户；每户检查人员 ${item.inspectors.min}–${item.inspectors.max} 人；回避递补 ${item.replacements} 次；排除 ${Object.values(item.excluded).reduce((a, b) => a + b, 0)} 户`, `${item.drawn} drawn; ${item.inspectors.min}–${item.inspectors.max} inspectors per object; ${item.replacements} recusal replacement(s); ${Object.values(item.excluded).reduce((a, b) => a + b, 0)} excluded`)}
                    {Object.entries(item.excluded).map(([k, n]) => ` (${k}: ${n})`)}
                  </p>
                </>
              )}
            </div>
          ))}
          <p class="hint">
            {tr(`名录库来源：${result.source}；已保存 ${result.saved.length} 条预览记录，可用 dra verify 复核`, `registries: ${result.source}; ${result.saved.length} preview record(s) kept, verifiable with dra verify`)}
          </p>
        </div>
      )}
    </section>
  );
}
