/**
 * The meta-test (refined-github style): the rules folder, the registry, RULES.md, the tests and the
 * policy texts stay in step. Adding a rule without its table test, citation or catalogue entry fails here.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/core/rules/registry';
import { findQuote } from '../../src/core/rules/citations';
import { BUILTIN_PROFILES, loadProfile, PROFILE_IDS } from '../../src/core/profiles';
import { readCatalogue } from './catalogue';

const root = new URL('../../', import.meta.url);
const policy = (file: string) => readFileSync(new URL(`docs/policy/${file}`, root), 'utf8');
const catalogue = readCatalogue();
const defs = readdirSync(new URL('src/core/rules/defs/', root)).filter((f) => f.endsWith('.ts'));

describe('rule catalogue ↔ code', () => {
  it('RULES.md lists 48 rules, each implemented exactly once', () => {
    expect(catalogue.length).toBe(48);
    expect(allRules.map((r) => r.meta.id).sort()).toEqual(catalogue.map((c) => c.id).sort());
  });

  it('every file in defs/ is registered, and named by its id', () => {
    expect(defs.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(allRules.map((r) => r.meta.id).sort());
  });

  for (const rule of allRules) {
    const id = rule.meta.id;
    const entry = catalogue.find((c) => c.id === id);
    describe(id, () => {
      it('has a table test', () => {
        const test = new URL(`tests/rules/${id}.test.ts`, root);
        expect(existsSync(test), `tests/rules/${id}.test.ts`).toBe(true);
        expect(readFileSync(test, 'utf8')).toMatch(/ruleTester\(/);
      });
      it('matches the catalogue: severity, risk tags, source files', () => {
        if (entry?.severity) expect(rule.meta.severity).toBe(entry.severity);
        expect([...rule.meta.risk].sort()).toEqual([...(entry?.risk ?? [])].sort());
        const cited = rule.meta.citations.map((c) => c.file.replace(/\.txt$/, ''));
        for (const s of cited) expect(entry?.sources, `${id} cites ${s}`).toContain(s);
      });
      it('quotes every citation verbatim from its policy text', () => {
        for (const c of rule.meta.citations) {
          expect(c.quote.replace(/\s/g, '').length, `${id}: quote too short`).toBeGreaterThanOrEqual(4);
          expect(findQuote(policy(c.file), c.quote), `${id}: «${c.quote}» not in ${c.file}`).toBeGreaterThanOrEqual(0);
        }
      });
      it('speaks both languages', () => {
        expect(rule.meta.docs.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(rule.meta.docs.en).toMatch(/[a-z]/i);
        for (const [mid, m] of Object.entries(rule.meta.messages)) {
          expect(m.zh, `${id}/${mid}`).toMatch(/[\u4e00-\u9fff]/);
          expect(m.en.length, `${id}/${mid}`).toBeGreaterThan(0);
        }
      });
    });
  }
});

describe('profiles', () => {
  it.each(PROFILE_IDS)('%s resolves against every rule', (id) => {
    const p = loadProfile(id);
    expect(p.rules.length).toBe(allRules.length);
    expect(p.chain[0]).toBe('baseline');
  });

  it('every parameter value in every profile cites a quote found in its policy text', () => {
    let checked = 0;
    for (const [pid, raw] of Object.entries(BUILTIN_PROFILES)) {
      const rules = (raw as { rules: Record<string, { params?: Record<string, { source?: { file: string; quote: string } }> }> }).rules;
      for (const [rid, setting] of Object.entries(rules))
        for (const [name, v] of Object.entries(setting.params ?? {})) {
          expect(v.source, `${pid} ${rid}.${name} has no source`).toBeDefined();
          expect(findQuote(policy(v.source!.file), v.source!.quote), `${pid} ${rid}.${name}: «${v.source!.quote}»`).toBeGreaterThanOrEqual(0);
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('the baseline gives a value to every parameter of every rule', () => {
    const p = loadProfile('baseline');
    for (const r of p.rules) {
      const shape = (r.rule.meta.params as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      for (const name of Object.keys(shape)) expect(r.paramSources[name]?.profile, `${r.rule.meta.id}.${name}`).toBe('baseline');
    }
  });
});

describe('profiles name their own text', () => {
  it.each(PROFILE_IDS.filter((id) => id !== 'baseline'))('%s: its document is a policy file, and the values it sets quote it or say they borrow', (id) => {
    const raw = BUILTIN_PROFILES[id] as { document?: string; rules: Record<string, { params?: Record<string, { source?: { file: string } }> }> };
    expect(raw.document, `${id} names no document`).toBe(`${id}.txt`);
    expect(existsSync(new URL(`docs/policy/${raw.document}`, root))).toBe(true);
    const p = loadProfile(id);
    for (const r of p.rules)
      for (const s of Object.values(r.paramSources)) expect(s.origin === 'own').toBe(s.source?.file === raw.document);
  });
});
