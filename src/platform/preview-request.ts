import type { Reply } from '../messaging/messages';
import { send } from '../messaging/send';
import type { RecognisedPage } from './recognise';
import { readForm } from './read-form';
import { loadRegistries } from './registry-source';
import { strategyFromValues } from './to-model';

/**
 * Ask the background for a draw preview of the strategy as this page holds it. The page's own served
 * registries (the sandbox's) go along for what was not imported; the imported registries stay in the
 * background, which draws, keeps the records and answers with counts and hashes only.
 */
export async function requestPreview(page: RecognisedPage, o: { seed: string; key: string }, href = location.href): Promise<Reply<'draw.preview'>> {
  const strategy = strategyFromValues(readForm(document, page.spec).values);
  const served = page.spec.registries ? await loadRegistries(page, href).then((b) => ({ ok: true as const, b }), (e: unknown) => ({ ok: false as const, e })) : undefined;
  const taskId = (page.spec.idParam && new URL(href).searchParams.get(page.spec.idParam)) || 'task';
  const r = await send({ type: 'draw.preview', key: o.key, url: href, seed: o.seed, taskId, strategy, served: served?.ok ? served.b : undefined });
  // Nothing imported and the page's registries could not be read: that reason is the one to show.
  if (!r.ok && r.error === 'no registries' && served && !served.ok) throw served.e;
  return r;
}
