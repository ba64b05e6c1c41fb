import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Dossier } from '../../src/core/model';
import { allRules } from '../../src/core/rules/registry';
import { VOCABULARY } from '../../src/platform/vocabulary';

/** The zod node at a path such as plans[].tasks[].strategy.entries[].target, or undefined. */
function nodeAt(schema: z.ZodType, path: string): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  const unwrap = (n: z.ZodType): z.ZodType => {
    const def = (n as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') return unwrap(def.innerType as z.ZodType);
    if (def.type === 'pipe') return unwrap(def.in as z.ZodType);
    return n;
  };
  for (const seg of path.split('.')) {
    if (!node) return undefined;
    const m = seg.match(/^(\w+)(\[\])?$/);
    if (!m) return undefined;
    const obj = unwrap(node);
    const def = (obj as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'object') node = (def.shape as Record<string, z.ZodType>)[m[1]];
    else if (def.type === 'record') node = /^[A-D]$/.test(m[1]) ? (def.valueType as z.ZodType) : undefined;
    else return undefined;
    if (node && m[2]) {
      const arr = (unwrap(node) as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
      node = arr.type === 'array' ? (arr.element as z.ZodType) : undefined;
    }
  }
  return node;
}

describe('the adapter vocabulary is the model’s', () => {
  it.each(VOCABULARY.map((v) => [v.path, v.model]))('%s lands in the model at %s', (_path, model) => {
    expect(nodeAt(Dossier, model)).toBeDefined();
  });
  it('a wrong model path is caught by the check (the check can fail)', () => {
    expect(nodeAt(Dossier, 'plans[].tasks[].nope')).toBeUndefined();
    expect(nodeAt(Dossier, 'plans[].strategy.entries[].target')).toBeUndefined();
  });
  it('every rule a field names exists', () => {
    const ids = new Set(allRules.map((r) => r.meta.id));
    for (const v of VOCABULARY) for (const r of v.rules) expect(ids.has(r), `${v.path}: ${r}`).toBe(true);
  });
  it('paths are unique and each has a Chinese and an English meaning', () => {
    expect(new Set(VOCABULARY.map((v) => v.path)).size).toBe(VOCABULARY.length);
    for (const v of VOCABULARY) expect(v.zh && v.en, v.path).toBeTruthy();
  });
});

describe('docs/adapters.md documents the vocabulary', () => {
  it('names every field path', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync('docs/adapters.md', 'utf8');
    for (const v of VOCABULARY) expect(doc, v.path).toContain(`\`${v.path}\``);
  });
});
