import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { measure, type Expected, type Measure } from '../../src/dev/plan-table-accuracy';

const dir = fileURLToPath(new URL('../fixtures/plan-tables/', import.meta.url));
const expected = JSON.parse(readFileSync(`${dir}expected.json`, 'utf8')) as Expected;
const corpus = JSON.parse(readFileSync(`${dir}corpus.json`, 'utf8')) as { tables: Array<{ file: string; source: string; province: string; rows: unknown[] }> };

describe('dra check on the published plan tables, against a careful reading of them', () => {
  let m: Measure;
  beforeAll(async () => {
    m = await measure(`${dir}files`, expected);
  }, 300_000);

  it('the corpus: at least 10 sources from several provinces, 60 rows, each with its source; every table has its reading', () => {
    expect(corpus.tables.length).toBeGreaterThanOrEqual(10);
    expect(new Set(corpus.tables.map((t) => t.province).filter((p) => p !== '未注明')).size).toBeGreaterThanOrEqual(4);
    expect(corpus.tables.reduce((n, t) => n + t.rows.length, 0)).toBeGreaterThanOrEqual(60);
    for (const t of corpus.tables) expect(t.source).toMatch(/^https?:\/\//);
    expect(expected.files.map((f) => f.file).sort()).toEqual(corpus.tables.map((t) => t.file).sort());
    for (const f of expected.files) for (const r of f.rows) expect(r.why.length, `${f.file} row ${r.row}`).toBeGreaterThan(0);
  });

  it('every row is read and accounted for: read = kept + refused, as the reading expects', () => {
    expect(m.rows.mismatched).toEqual([]);
    expect(m.rows.read).toBe(m.rows.expectedRows);
    expect(m.rows.read).toBe(m.rows.kept + m.rows.refused);
  });

  it('findings per row: precision and recall of at least 90%', () => {
    expect(m.findings.precision, m.findings.extra.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(m.findings.recall, m.findings.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(m.findings.tp).toBeGreaterThanOrEqual(30);
  });

  it('cells that cannot be read are reported where the reading expects them', () => {
    expect(m.unread.precision, m.unread.extra.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(m.unread.recall, m.unread.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('the measure can fail: a reading that expects other findings scores lower', async () => {
    const f = structuredClone(expected.files.find((x) => x.file === 'shanggao-2023-scjgj.csv')!);
    for (const r of f.rows) r.expect = (r.expect ?? []).filter((id) => id !== 'plan.schedule.end-by').concat(r.refused ? [] : ['plan.rate.full-inspection']);
    const worse = await measure(`${dir}files`, { asOf: expected.asOf, files: [f] });
    expect(worse.findings.precision).toBeLessThan(0.2);
    expect(worse.findings.recall).toBeLessThan(0.2);
    expect(worse.findings.extra).toContain('shanggao-2023-scjgj.csv 第4行 plan.schedule.end-by');
    expect(worse.findings.missed).toContain('shanggao-2023-scjgj.csv 第4行 plan.rate.full-inspection');
  }, 120_000);
});
