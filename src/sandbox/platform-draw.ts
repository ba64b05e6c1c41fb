/**
 * How the real platform draws today (PLATFORM.md), imitated for training: candidates ordered by
 * registration office, systematic "跳号" sampling from a random start taken from an unseeded,
 * time-based generator; above 50% it draws the rows to leave out instead. No seed is kept, so the
 * draw cannot be reproduced: the point the extension's seeded draw answers.
 */
import type { Inspector, ObjectRecord } from '../core/model';

const unseeded = () => Math.random();

export function platformDrawObjects(pool: readonly ObjectRecord[], target: number): string[] {
  const ordered = [...pool].sort((a, b) => (a.registrationOffice ?? '').localeCompare(b.registrationOffice ?? '', 'zh') || (a.id < b.id ? -1 : 1));
  const n = ordered.length;
  if (target >= n) return ordered.map((o) => o.id);
  const invert = target > n / 2;
  const k = invert ? n - target : target;
  const step = n / k;
  const start = unseeded() * step;
  const hit = new Set<number>();
  for (let i = 0; i < k; i++) hit.add(Math.floor(start + i * step) % n);
  return ordered.filter((_, i) => (invert ? !hit.has(i) : hit.has(i))).map((o) => o.id);
}

/** A random start in the ordered pool, then round-robin: n consecutive inspectors per object (no recusal). */
export function platformMatchInspectors(objectIds: readonly string[], pool: readonly Inspector[], n: number) {
  const ordered = [...pool].sort((a, b) => (a.id < b.id ? -1 : 1));
  let at = Math.floor(unseeded() * ordered.length);
  return objectIds.map((objectId) => {
    const inspectorIds: string[] = [];
    for (let i = 0; i < n; i++) inspectorIds.push(ordered[at++ % ordered.length].id);
    return { objectId, inspectorIds, expertIds: [] as string[] };
  });
}

/** 四舍五入取整数, as the platform's totals say. */
export const platformRound = (n: number, percent: number) => Math.round((n * percent) / 100);
