import { browser } from 'wxt/browser';
import { coveredByManifest, originPattern } from '../platform/origins';

const SCRIPT_ID = 'dra-user-origins';
/** The syncs in flight, run one after another. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Run the overlay on the platform origins the user added and granted: one registered content script
 * for all of them, re-registered whenever the list or the grants change. An origin whose permission
 * was refused or withdrawn gets nothing. Match patterns have no port: the content script itself lets in
 * only the granted origins, port included (overlayPlace).
 */
export function syncUserOrigins(origins: readonly string[]): Promise<string[]> {
  // One at a time: a grant (permissions.onAdded) and the settings change that follows it both sync, and
  // two interleaved unregister/register runs would collide on the script id.
  const run = queue.then(() => sync(origins));
  queue = run.catch(() => undefined);
  return run;
}

async function sync(origins: readonly string[]): Promise<string[]> {
  const patterns: string[] = [];
  for (const o of origins) {
    // 127.0.0.1: the manifest's content script runs there already and lets in the granted ports only.
    if (coveredByManifest(o)) continue;
    const p = originPattern(o);
    if (!patterns.includes(p) && (await browser.permissions.contains({ origins: [p] }))) patterns.push(p);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (patterns.length)
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: patterns, js: ['content-scripts/overlay.js'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true }]);
  return patterns;
}
