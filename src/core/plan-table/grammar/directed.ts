import { normalise, ok, refuse, type CellRead } from './normalise';

/** 抽查类型: `定向` / `定向抽查` → true, `不定向` / `不定向抽查` → false. */
export function parseDirected(raw: string): CellRead<boolean> {
  const s = normalise(raw).replace(/\s/g, '');
  if (/^不定向(抽查)?$/.test(s)) return ok(false);
  if (/^定向(抽查)?$/.test(s)) return ok(true);
  return refuse(`「${raw.trim()}」不是「定向」或「不定向」`, `"${raw.trim()}" is neither 定向 (directed) nor 不定向 (undirected)`);
}
