/**
 * Random draws for the cross-check with the Python verifier: small generated registries (some rows
 * with unusual strings: quotes, control characters, astral characters), random requests of every mode
 * (rate, count, class rates, class counts, unclassified rate, joint, directed, key item), official and
 * preview, written as files with a cases.json index.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { draw, DrawError, type DrawParams, type DrawRequestInput } from '../../src/core/draw';
import { fixtureRandom, generateInspectors, generateObjects } from '../../src/sandbox/generate-registries';
import { officialDraw } from './official';
import { nodeListHasher } from '../../src/helper/node-hash';
import type { Case } from './tamper';

const DEPTS = ['SCJG', 'WSJK', 'STHJ', 'YJGL', 'SW'];
const ODD = ['引号"与\\反斜杠', '换行\n制表\t', '𠮷野家（astral）', 'Ünïcödé', ' 前后空格 '];

export interface Registry {
  name: string;
  objects: Array<Record<string, unknown>>;
  inspectors: Array<Record<string, unknown>>;
}

export function registries(count: number): Registry[] {
  return Array.from({ length: count }, (_, k) => {
    const r = fixtureRandom(1000 + k);
    const n = 20 + r.int(180);
    const objects = generateObjects(n, 2000 + k) as unknown as Array<Record<string, unknown>>;
    for (let i = 0; i < 3; i++) objects[r.int(n)].name = ODD[r.int(ODD.length)];
    if (k % 3 === 0) delete objects[r.int(n)].creditClass; // unclassified objects
    const inspectors = generateInspectors(10 + r.int(30), DEPTS, 3000 + k, n) as unknown as Array<Record<string, unknown>>;
    return { name: `reg${k}`, objects, inspectors };
  });
}

export function randomRequest(r: ReturnType<typeof fixtureRandom>, i: number): DrawRequestInput {
  const joint = r.next() < 0.3;
  const departments = joint ? DEPTS.slice(0, 2 + r.int(3)) : [DEPTS[r.int(2)]];
  const pct = () => [0, 1, 2.5, 3, 5, 10, 12.3456, 20, 33.3333, 50, 80, 100][r.int(12)];
  const base: DrawRequestInput = { taskId: `R-${i}`, year: 2026, joint, departments, inspectorsPerObject: 2 + (r.next() < 0.2 ? 1 : 0), keyItem: r.next() < 0.3 };
  const mode = r.int(4);
  const req: DrawRequestInput =
    mode === 0 ? { ...base, rate: pct() } : mode === 1 ? { ...base, count: r.int(15) } : mode === 2 ? { ...base, classRates: { A: pct(), B: pct(), C: pct(), D: pct() }, unclassifiedRate: pct() } : { ...base, classCounts: { A: r.int(4), B: r.int(4), C: r.int(3), D: r.int(3) }, unclassifiedRate: pct() };
  if (r.next() < 0.25) return { ...req, directed: true, filters: { industries: ['餐饮服务', '食品销售', '食品生产'].slice(0, 1 + r.int(3)), flags: r.next() < 0.3 ? { abnormal: false } : undefined } };
  return req;
}

/** `count` genuine records over a few registries; draws that cannot be made (too few inspectors …) are skipped. */
export function genuineCases(count: number, params: DrawParams, regs = registries(12)): Array<Case & { name: string; registry: string }> {
  const r = fixtureRandom(77);
  const out: Array<Case & { name: string; registry: string }> = [];
  for (let i = 0; out.length < count; i++) {
    const reg = regs[r.int(regs.length)];
    const request = randomRequest(r, i);
    try {
      if (r.next() < 0.5) {
        const { record, announcement } = officialDraw(reg.objects, reg.inspectors, request, params, { publicValue: `${r.int(10)} ${r.int(10)} ${r.int(10)}`, secret: `secret-${i}-${r.int(1e9)}` });
        out.push({ name: `random-${i}-official`, registry: reg.name, record, announcement, objects: reg.objects, inspectors: reg.inspectors });
      } else {
        const record = draw(reg.objects, reg.inspectors, request, params, { kind: 'preview', seed: ['', '甲', '2', 'seed-', '🎲'][r.int(5)] + i, hashList: nodeListHasher });
        out.push({ name: `random-${i}-preview`, registry: reg.name, record, objects: reg.objects, inspectors: reg.inspectors });
      }
    } catch (e) {
      if (!(e instanceof DrawError)) throw e;
    }
  }
  return out;
}

/** Write cases for `dra_verify.py --batch DIR`: registries shared by name when a case names one (untouched), else its own files. */
export function writeCases(dir: string, cases: Array<Case & { name: string; registry?: string }>): void {
  const written = new Set<string>();
  const file = (name: string, value: unknown) => {
    if (!written.has(name)) writeFileSync(join(dir, name), JSON.stringify(value));
    written.add(name);
    return name;
  };
  const entries = cases.map((c, i) => {
    const reg = c.registry ?? `case${i}`;
    return {
      name: c.name,
      record: file(`case${i}-record.json`, c.record),
      objects: file(`${reg}-objects.json`, c.objects),
      inspectors: file(`${reg}-inspectors.json`, c.inspectors),
      announcement: c.announcement ? file(`case${i}-announcement.json`, c.announcement) : undefined,
    };
  });
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(entries));
}
