import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

/**
 * A list of `count` rows of fixed height where only the visible rows (and a few either side) are in
 * the DOM; rows are fetched by page as they come into view, so a million rows scroll like a hundred.
 */
export function VirtualList<T>({ count, rowHeight = 30, height = 420, fetchPage, pageSize = 100, render, version }: {
  count: number;
  rowHeight?: number;
  height?: number;
  pageSize?: number;
  fetchPage: (offset: number, limit: number) => Promise<T[]>;
  render: (row: T, index: number) => ComponentChildren;
  /** Changes when the query changes: cached pages are dropped. */
  version: string;
}) {
  const [top, setTop] = useState(0);
  const [pages, setPages] = useState<Map<number, T[]>>(new Map());
  const loading = useRef(new Set<number>());
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setPages(new Map());
    loading.current = new Set();
    setTop(0);
    if (box.current) box.current.scrollTop = 0;
  }, [version]);

  const first = Math.max(0, Math.floor(top / rowHeight) - 5);
  const last = Math.min(count, Math.ceil((top + height) / rowHeight) + 5);

  useEffect(() => {
    for (let p = Math.floor(first / pageSize); p * pageSize < last; p++) {
      if (pages.has(p) || loading.current.has(p)) continue;
      loading.current.add(p);
      const v = version;
      void fetchPage(p * pageSize, pageSize).then((rows) => {
        if (v !== version) return;
        setPages((old) => new Map(old).set(p, rows));
      });
    }
  }, [first, last, version, pages]);

  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    const row = pages.get(Math.floor(i / pageSize))?.[i % pageSize];
    rows.push(
      <div class="vrow" key={i} style={{ position: 'absolute', top: `${i * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0 }}>
        {row === undefined ? <span class="loading">…</span> : render(row, i)}
      </div>,
    );
  }
  return (
    <div class="vlist" ref={box} style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }} onScroll={(e) => setTop((e.currentTarget as HTMLDivElement).scrollTop)} data-count={count}>
      <div style={{ height: `${count * rowHeight}px`, position: 'relative' }}>{rows}</div>
    </div>
  );
}
