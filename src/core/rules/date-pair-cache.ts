/**
 * Decisions that depend only on two dates (a check's end and its upload or publication), made once per
 * pair: a province's year holds a million results but a few thousand distinct pairs. A decision reused
 * this way shares its message data too, so each message is written once (evaluate.ts formats by data).
 */
export function datePairCache<T>(): (a: string, b: string, decide: () => T) => T {
  const byFirst = new Map<string, Map<string, T>>();
  return (a, b, decide) => {
    let m = byFirst.get(a);
    if (!m) byFirst.set(a, (m = new Map()));
    let d = m.get(b);
    if (d === undefined && !m.has(b)) m.set(b, (d = decide()));
    return d as T;
  };
}

/** Message data shared by many outcomes: their message is written once and reused (evaluate.ts). */
const shared = new WeakSet<object>();
export function shareData<T extends object>(data: T): T {
  shared.add(data);
  return data;
}
export const isSharedData = (data: object) => shared.has(data);
