/**
 * "Today" as the platform says it: many platforms print their own date in the header (当前日期 2026-11-23,
 * 今天是2026年11月23日). The rules judge against that day where the page shows one (a training copy, a
 * platform whose clock is not the PC's), else the China date. The header is often in the top frame while
 * the form is in an iframe: the top document is read when the browser lets us (same origin).
 */
const LABELLED = /(?:当前日期|今天是|今日|系统日期|当前时间)\s*[：:]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

/** The date a text states as today's (YYYY-MM-DD), or undefined. */
export function labelledDate(text: string): string | undefined {
  const m = LABELLED.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.getUTCMonth() + 1 !== mo || t.getUTCDate() !== d ? undefined : iso;
}

/** Where a platform prints its date: the header bars, never the form (a form's own dates are values, not today). */
const HEADER = 'header, .header, .navbar, .top, .border-bottom, #header, .layui-header, .page-header';

function fromDocument(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll(HEADER)) {
    const d = labelledDate(el.textContent ?? '');
    if (d) return d;
  }
  return undefined;
}

/** The platform page's own date: in this frame's header, else in the top frame's (same origin only). */
export function pageToday(doc: Document): string | undefined {
  const own = fromDocument(doc);
  if (own) return own;
  try {
    const top = doc.defaultView?.top;
    if (top && top !== doc.defaultView) return fromDocument(top.document);
  } catch {
    // Another origin's top frame: not ours to read.
  }
  return undefined;
}
