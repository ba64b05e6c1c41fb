import type { RegistryBundle } from '../core/draw/bundle';
import { withImported } from '../core/registry-import/bundle';
import { send } from '../messaging/send';
import type { RecognisedPage } from './recognise';
import { loadRegistries } from './registry-source';

/**
 * The registries for the draw preview: the ones the user imported (asked of the background, which
 * holds the extension's IndexedDB), with the page's 专项库 and departments; the page's served bundle
 * when nothing was imported. The source label says which was used.
 */
export async function loadPreviewRegistries(page: RecognisedPage, href = location.href): Promise<RegistryBundle> {
  const [imported, served] = await Promise.all([send({ type: 'registries.get' }), loadRegistries(page, href).then((b) => ({ ok: true as const, b }), (e: unknown) => ({ ok: false as const, e }))]);
  if (imported.ok && (imported.hasObjects || imported.hasInspectors)) {
    if (imported.hasObjects && imported.total > 0 && imported.objects.length === 0)
      throw new Error(`导入的检查对象名录库有 ${imported.total} 户，超过预览一次能读取的数量 / the imported object registry (${imported.total}) is too large for one preview`);
    const parts = [imported.hasObjects && `对象 ${imported.objects.length}`, imported.hasInspectors && `人员 ${imported.inspectors.length}`].filter(Boolean).join('，');
    const when = imported.updatedAt ? ` ${imported.updatedAt.slice(0, 10)}` : '';
    return withImported(served.ok ? served.b : undefined, imported, `导入的名录库 / imported registries（${parts}${when}）`);
  }
  if (!served.ok) throw served.e;
  return { ...served.b, source: `${served.b.source}（未导入名录库，用平台提供的 / nothing imported: the platform's own）` };
}
