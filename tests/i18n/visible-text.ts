/** What a reader of rendered HTML sees, for the tests that look for English in the Chinese UI. */
/** The words a reader sees: text and the attributes read aloud or shown in a field; not <details>, <code> in details, style, script. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|details)\b[\s\S]*?<\/\1>/g, ' ')
    // The user's own data and codes are marked translate="no" (HTML's "not words of this page").
    .replace(/<(\w+)\b[^>]*\btranslate="no"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*\b(?:placeholder|aria-label)="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}
