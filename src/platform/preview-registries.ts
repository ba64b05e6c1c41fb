import type { RegistryBundle } from '../core/draw/bundle';
import { withImported } from '../core/registry-import/bundle';
import { send } from '../messaging/send';
import { Strategy } from '../core/model';
import type { RecognisedPage } from './recognise';
import { readForm } from './read-form';
import { loadRegistries } from './registry-source';
import { strategyFromValues } from './to-model';
import { msg } from '../i18n';
import { formatDate } from '../i18n/time';

/**
 * The registries for the draw preview: the ones the user imported (asked of the background, which
 * holds the extension's IndexedDB), with the page's 专项库 and departments; the page's served bundle
 * when nothing was imported. The source label says which was used.
 */
export async function loadPreviewRegistries(page: RecognisedPage, href = location.href): Promise<RegistryBundle> {
  let [imported, served] = await Promise.all([send({ type: 'registries.get' }), loadRegistries(page, href).then((b) => ({ ok: true as const, b }), (e: unknown) => ({ ok: false as const, e }))]);
  let narrowed = '';
  if (imported.ok && imported.hasObjects && imported.total > 0 && imported.objects.length === 0) {
    // Too many to hand over whole: a directed strategy only draws from what its conditions match.
    const s = Strategy.safeParse(strategyFromValues(readForm(document, page.spec).values));
    if (s.success && s.data.directed && s.data.filters) {
      imported = await send({ type: 'registries.get', filters: s.data.filters });
      narrowed = msg('preview.source.narrowed');
    }
    if (imported.ok && imported.total > 0 && imported.objects.length === 0)
      throw new Error(msg('preview.tooLarge', { n: imported.total }));
  }
  if (imported.ok && (imported.hasObjects || imported.hasInspectors)) {
    const parts = [imported.hasObjects && msg('preview.source.objects', { n: imported.objects.length }), imported.hasInspectors && msg('preview.source.inspectors', { n: imported.inspectors.length })].filter(Boolean).join(msg('list.sep'));
    const when = imported.updatedAt ? ` ${formatDate(imported.updatedAt)}` : '';
    return withImported(served.ok ? served.b : undefined, imported, msg('preview.source.imported', { parts, when, narrowed }));
  }
  if (!served.ok) throw served.e;
  return { ...served.b, source: msg('preview.source.served') };
}
