import type { RequestType } from './messages';

/**
 * Which part of the extension may send which message. A content script runs inside the platform's
 * pages, so it is the part a hostile page is closest to: it may report what it sees and log what the
 * user did, but not read back or change the user's data (export, erase, settings, adapters, other
 * tabs' verdicts, stored evidence, the archive). Extension pages (popup, evidence page) may do all
 * of that; only a content script reports a tab's verdict.
 */
export type Context = 'content' | 'page';

/** What a content script may send (each with its size and rate limit, limits.ts). */
export const CONTENT_TYPES = [
  'audit.append',
  'audit.verify',
  // The entry this frame's last 仍要提交 logged, shown once on the page that follows (its own frame's only).
  'audit.notice',
  'draw.seen',
  // The reason of a re-run of this page's draw, typed by the user in the re-draw watch (router.ts: this origin's draws only).
  'draw.reason',
  // Not settings.get (the item list, every platform and department of the user): the panel's share of them.
  'panel.settings',
  // The item list entries of the items the page names, one by one (the list stays in the extension).
  'itemList.match',
  // The panel's collapsed state for this kind of page (the one setting the panel writes: a user's click on its button).
  'panel.collapsed',
  // The profile in force on this page (its values and the name of its document, no text).
  'profile.active',
  'templates.list',
  'templates.save',
  'adapters.list',
  // The adapter maker in the panel saves what the user made, for the origin of the page it runs on only (router.ts).
  'adapters.save',
  'verdict.report',
  'verdict.clear',
  'evidence.save',
  // The draw preview: the strategy goes to the background, which draws next to the registries and keeps the
  // record; the page gets counts and hashes, never registry rows (there is no message that reads them back).
  'draw.preview',
  // What the preview just answered has kept (its records are written after the answer).
  'draw.preview.kept',
  // Rows of the platform's lists as the user browses them, for the liaison view (reporting what it sees).
  'liaison.save',
  // The item list the platform's own list page shows (reporting what it sees; kept apart from the user's import).
  'itemList.page',
] as const satisfies readonly RequestType[];
const CONTENT: ReadonlySet<string> = new Set<string>(CONTENT_TYPES);
const CONTENT_ONLY: ReadonlySet<string> = new Set<RequestType>(['verdict.report', 'verdict.clear']);

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * The context a sender speaks from: an extension page when its URL is under the extension's own
 * base (chrome-extension://ID/ or Firefox's moz-extension://UUID/), a content script when it runs
 * in a tab of a web page; anything else (no tab and no extension URL) has no context.
 */
export function contextOf(sender: SenderLike, extensionBase: string): Context | undefined {
  if (sender.url !== undefined && sender.url.startsWith(extensionBase)) return 'page';
  if (sender.url !== undefined && /^[a-z-]+-extension:/i.test(sender.url)) return undefined; // another extension's page
  if (sender.tab?.id !== undefined) return 'content';
  return undefined;
}

export function maySend(context: Context, type: string): boolean {
  return context === 'content' ? CONTENT.has(type) : !CONTENT_ONLY.has(type);
}
