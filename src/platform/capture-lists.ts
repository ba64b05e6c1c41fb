import type { PageSpec } from './adapter-schema';
import { readListTable } from './read-list';
import type { Request } from '../messaging/messages';

type Save = Extract<Request, { type: 'liaison.save' }>;

/**
 * As staff browse a list page (plans, tasks, results), keep the rows the adapter recognises in the
 * extension's store for the liaison view, with the page URL (the background adds the time). Reads
 * again when the list changes (DataTables paging, search). Read only: the page is never changed,
 * and nothing leaves the browser.
 */
export function captureLists(doc: Document, spec: PageSpec, url: string, save: (m: Save) => Promise<unknown>): () => void {
  const lists = spec.lists ?? [];
  if (!lists.length) return () => {};
  const sent = new Set<string>();
  const read = () => {
    for (const l of lists) {
      const sheet = readListTable(doc, l, url);
      if (!sheet?.records.length) continue;
      const records = sheet.records.map((r) => ({ kind: l.list, row: r.row, values: r.values as Record<string, unknown> }));
      const sig = JSON.stringify(records);
      if (sent.has(sig)) continue;
      sent.add(sig);
      void save({ type: 'liaison.save', source: { kind: 'page', name: url }, records });
    }
  };
  read();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(read, 300);
  });
  for (const l of lists) {
    const table = doc.querySelector(l.table);
    if (table) observer.observe(table, { childList: true, subtree: true });
  }
  return () => {
    clearTimeout(timer);
    observer.disconnect();
  };
}
