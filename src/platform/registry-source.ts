import { RegistryBundle } from '../core/draw/bundle';
import { parseWith } from '../core/model';
import type { RecognisedPage } from './recognise';

/**
 * The registries for a draw preview on this page: from the platform itself where the adapter says it
 * serves them (the sandbox), fetched from the page's own origin and validated; errors name the row.
 */
export async function loadRegistries(page: RecognisedPage, href = location.href): Promise<RegistryBundle> {
  const tpl = page.spec.registries;
  if (!tpl) throw new Error('本页没有可用的本地名录库 / no local registries for this page');
  const id = page.spec.idParam ? (new URL(href).searchParams.get(page.spec.idParam) ?? '') : '';
  const url = new URL(tpl.replace('{id}', encodeURIComponent(id)), href);
  if (url.origin !== new URL(href).origin) throw new Error(`registries must come from the page's own origin, not ${url.origin}`);
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}`);
  const r = parseWith(RegistryBundle, await res.json());
  if (!r.ok) throw new Error(r.errors.slice(0, 5).map((e) => `${e.path}: ${e.zh}`).join('；'));
  return r.value;
}
