import type { RegistryBundle } from '../core/draw/bundle';
import { withImported } from '../core/registry-import/bundle';
import { send } from '../messaging/send';
import { Strategy } from '../core/model';
import type { RecognisedPage } from './recognise';
import { readForm } from './read-form';
import { loadRegistries } from './registry-source';
import { strategyFromValues } from './to-model';

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
      narrowed = '，按定向条件预筛 / narrowed by the directed conditions';
    }
    if (imported.ok && imported.total > 0 && imported.objects.length === 0)
      throw new Error(`导入的检查对象名录库符合条件的有 ${imported.total} 户，超过预览一次能读取的数量，请设置定向条件 / the imported object registry (${imported.total} matching) is too large for one preview: set directed conditions`);
  }
  if (imported.ok && (imported.hasObjects || imported.hasInspectors)) {
    const parts = [imported.hasObjects && `对象 ${imported.objects.length}`, imported.hasInspectors && `人员 ${imported.inspectors.length}`].filter(Boolean).join('，');
    const when = imported.updatedAt ? ` ${imported.updatedAt.slice(0, 10)}` : '';
    return withImported(served.ok ? served.b : undefined, imported, `导入的名录库 / imported registries（${parts}${when}${narrowed}）`);
  }
  if (!served.ok) throw served.e;
  return { ...served.b, source: `${served.b.source}（未导入名录库，用平台提供的 / nothing imported: the platform's own）` };
}
