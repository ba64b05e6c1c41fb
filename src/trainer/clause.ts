/**
 * A citation's quote found in its policy text, with the paragraph around it, for showing the whole
 * clause with the quote highlighted. The texts are OCR copies with line breaks inside phrases, so the
 * quote is matched with white space folded away and the paragraph is shown with line breaks removed.
 */
export interface ClauseInContext {
  before: string;
  quote: string;
  after: string;
  /** false when the quote is not in the text (the meta-test forbids it; shown, never hidden). */
  found: boolean;
}

const join = (s: string) => s.replace(/[ \t]*\r?\n[ \t]*/g, '');

export function clauseInContext(text: string, quote: string): ClauseInContext {
  // Positions in the text of each non-space character, so a match in the folded text maps back.
  const pos: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i++)
    if (!/\s/.test(text[i])) {
      pos.push(i);
      folded += text[i];
    }
  const q = quote.replace(/\s+/g, '');
  const at = q ? folded.indexOf(q) : -1;
  if (at < 0) return { before: '', quote, after: '', found: false };
  const start = pos[at];
  const end = pos[at + q.length - 1] + 1;
  // The paragraph: from the blank line before to the blank line after (the texts separate them so).
  const paraStart = Math.max(0, text.lastIndexOf('\n\n', start) + 1);
  const nextBlank = text.indexOf('\n\n', end);
  const paraEnd = nextBlank < 0 ? text.length : nextBlank;
  return { before: join(text.slice(paraStart, start)).trimStart(), quote: join(text.slice(start, end)), after: join(text.slice(end, paraEnd)).trimEnd(), found: true };
}
