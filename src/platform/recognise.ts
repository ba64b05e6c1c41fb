import sandbox from './adapters/sandbox.json';
import zhejiang from './adapters/zhejiang.json';
import { Adapter, type PageKind, type PageSpec } from './adapter-schema';

export type { PageKind };

/**
 * The adapters the product ships; a user's own (options page) are stored by the background and passed in.
 * Zhejiang's pages come before the sandbox's: their paths are the platform's own, the sandbox's are general.
 */
export const BUILTIN_ADAPTERS: Adapter[] = [Adapter.parse(zhejiang), Adapter.parse(sandbox)];

export interface RecognisedPage {
  kind: PageKind;
  path: string;
  adapter: Adapter;
  spec: PageSpec;
}

/** An origin pattern such as http://127.0.0.1:* against a page origin. */
export function originMatches(pattern: string, origin: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return re.test(origin);
}

/** Which adapter and page kind a frame's URL is, or null: the panel only appears on pages it knows. */
export function recognisePage(href: string, adapters: Adapter[] = BUILTIN_ADAPTERS, pageText?: string): RecognisedPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const where = url.pathname + url.search;
  for (const adapter of adapters) {
    if (!adapter.origins.some((o) => originMatches(o, url.origin))) continue;
    const spec = adapter.pages.find((p) => new RegExp(p.url).test(where) && (!p.heading || pageText === undefined || pageText.includes(p.heading)));
    if (spec) return { kind: spec.kind, path: url.pathname, adapter, spec };
  }
  return null;
}
