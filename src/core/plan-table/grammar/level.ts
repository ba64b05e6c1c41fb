import { normalise, ok, refuse, type CellRead } from './normalise';

export type Level = 'province' | 'city' | 'county';

/** Who initiates and who inspects: 市抽县(区)查 is { initiator: city, inspector: county }. */
export interface LevelPair {
  initiator?: Level;
  inspector?: Level;
}

const LEVEL: Record<string, Level> = { 省: 'province', 市: 'city', 县: 'county', 区: 'county', 旗: 'county' };
const L = '(省|市|县|区|旗)';

/**
 * Read a level cell: `市抽市查`, `市抽县(区)查`, `县抽县查`, lists of them; `市县(区)级`, `县(区)级`, `市级+区级`;
 * `市级发起,下派区级检查`, `市级组织发起(…)`, `省计划;市县发起`.
 */
export function parseLevel(raw: string): CellRead<LevelPair[]> {
  const s = normalise(raw).replace(/\s/g, '').replace(/^\((.*)\)$/, '$1');
  if (!s) return refuse('空白', 'empty');
  const out: LevelPair[] = [];
  for (const m of s.matchAll(new RegExp(`${L}抽${L}(?:\\([^)]*\\))?查`, 'g'))) out.push({ initiator: LEVEL[m[1]], inspector: LEVEL[m[2]] });
  if (!out.length) {
    const dispatched = new RegExp(`${L}级?(?:统一)?(?:组织)?发起[,，;；]?下派${L}级?(?:检查|实施)`).exec(s);
    if (dispatched) out.push({ initiator: LEVEL[dispatched[1]], inspector: LEVEL[dispatched[2]] });
  }
  if (!out.length) {
    const launch = new RegExp(`((?:${L}[、]?)+)(?:\\([^)]*\\))?级?(?:统一)?(?:组织)?(?:分别)?发起`).exec(s);
    if (launch) for (const ch of launch[1].replace(/[、]/g, '')) out.push({ initiator: LEVEL[ch] });
  }
  if (!out.length) {
    // Levels that both launch and inspect: 市县(区)级, 县(区)级, (市级+区级)
    const levels = [...s.replace(/\([^)]*\)/g, '').matchAll(new RegExp(`${L}(?=级|\\+|$|${L})`, 'g'))].map((m) => LEVEL[m[1]]);
    if (/级/.test(s)) for (const l of [...new Set(levels)]) out.push({ initiator: l, inspector: l });
  }
  return out.length ? ok(out) : refuse(`「${raw.trim()}」中没有可读的层级（如 市抽县查、县(区)级）`, `no readable level in "${raw.trim()}"`);
}
