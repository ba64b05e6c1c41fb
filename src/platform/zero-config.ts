/**
 * Zero configuration first: a platform page no adapter covers is read with the label lexicon alone. The
 * fields it recognises (each with its confidence) make an adapter that is not saved: the panel checks the
 * page through it at once and offers to save it (then it is the user's adapter for that origin).
 */
import { guessKind, recogniseByLabels, type Recognised } from './lexicon';
import { makeAdapter, withSource } from './maker';
import type { RecognisedPage } from './recognise';

export interface LexiconPage {
  /** Absent when the adapter made does not validate (the overlay then offers the maker, which says why). */
  page?: RecognisedPage;
  /** What the lexicon recognised, in the adapter's field order, each with its confidence and label. */
  recognised: Recognised[];
}

/** The page as the label lexicon reads it, or null when it finds no field of a plan, task or strategy form. */
export function lexiconPage(doc: Document, href: string): LexiconPage | null {
  const kind = guessKind(doc, href) ?? 'plan';
  const recognised = recogniseByLabels(doc, kind).map((r) => ({ ...r, spec: withSource(doc, r.spec) }));
  if (!recognised.length) return null;
  const made = makeAdapter(href, kind, recognised.map((r) => r.spec));
  // Every path comes from the vocabulary, so the draft validates; if it ever does not, the overlay offers the
  // maker, which shows the draft and its problems.
  if (!made.success) return { recognised };
  const adapter = made.data;
  return { page: { kind, path: new URL(href).pathname, adapter, spec: adapter.pages[0] }, recognised };
}
