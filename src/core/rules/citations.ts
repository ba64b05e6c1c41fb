/**
 * The policy texts are OCR copies with line breaks inside phrases ("不超过5\n个"), so a quote is
 * matched with all white space folded away on both sides.
 */
export function foldWhitespace(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Index of the quote in the folded text, or -1. */
export function findQuote(text: string, quote: string): number {
  return foldWhitespace(text).indexOf(foldWhitespace(quote));
}
