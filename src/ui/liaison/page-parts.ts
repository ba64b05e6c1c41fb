/**
 * Records cross the page's thread in parts: copying a message (structured clone to or from the view worker, the
 * extension's messaging to the background) is one task on the page, and 100,000 records at once made tasks of
 * 0.6 s, the page frozen meanwhile. A part of 5,000 keeps each copy far under 50 ms on an office PC.
 */
export const PAGE_PART = 5_000;

/** Lets the page handle what is waiting (clicks, frames) before the next part is copied. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
