/**
 * Trying an adapter on an open platform tab before it is saved (the options page's 在打开的平台页试用): the
 * options page sends the adapter to the tab's frames; the frame whose page it recognises reads that page
 * through it and answers with what it would read — every field's line (where found, value read, value used,
 * or why dropped) and the rules that fail. Nothing is saved and the page is not changed.
 */
import { Adapter } from './adapter-schema';
import type { ReadLine } from './read-form';
import { recognisePage } from './recognise';
import { validateNow } from '../ui/use-live-validation';

/** The message the options page sends to a tab (never through the background, never from a page). */
export interface TrialRequest {
  type: 'adapter.trial';
  adapter: unknown;
}

export interface TrialResult {
  url: string;
  kind: string;
  lines: ReadLine[];
  /** Fields found on the page / fields the page spec names (rows of tables count once per row). */
  found: number;
  /** Lines whose value is dropped or whose widget does not fit. */
  problems: number;
  failing: string[];
}

export const isTrialRequest = (m: unknown): m is TrialRequest => !!m && typeof m === 'object' && (m as TrialRequest).type === 'adapter.trial';

/** What this frame's page gives through `adapter`, or null when the adapter names no page of it. */
export function tryAdapter(doc: Document, href: string, adapter: unknown): TrialResult | null {
  const parsed = Adapter.safeParse(adapter);
  if (!parsed.success) return null;
  const page = recognisePage(href, [parsed.data], doc.body?.innerText ?? doc.body?.textContent ?? '');
  if (!page) return null;
  const state = validateNow(doc, page);
  const lines = state.lines ?? [];
  return {
    url: href,
    kind: page.kind,
    lines,
    found: lines.filter((l) => l.raw !== undefined || l.used !== undefined || l.error).length,
    problems: lines.filter((l) => l.dropped || l.error).length,
    failing: [...new Set((state.report?.findings ?? []).filter((f) => f.status === 'fail').map((f) => f.ruleId))],
  };
}
