/** docs/draw-spec.md quotes the engine's intermediate vectors, and the engine still gives them. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const vectors = JSON.parse(readFileSync(new URL('./spec-vectors.json', import.meta.url), 'utf8'));
const spec = readFileSync(new URL('../../docs/draw-spec.md', import.meta.url), 'utf8');

describe('docs/draw-spec.md test vectors', () => {
  it('the engine reproduces tests/draw/spec-vectors.json', { timeout: 120_000 }, () => {
    const out = execFileSync('npx', ['tsx', 'scripts/draw-spec-vectors.ts', '--print'], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(vectors);
  });
  it('the document quotes every hash, word and index of them', () => {
    const quoted = [
      vectors.canonicalJson.text,
      ...vectors.rows.objectLines,
      vectors.rows.objectsHash,
      vectors.rows.inspectorsHash,
      vectors.previewSeed.seed,
      vectors.derivedSeed.announcementHash,
      vectors.derivedSeed.seed,
      vectors.contribution.commitment,
      vectors.stream.stageKey,
      vectors.stream.firstWords.join(' '),
      `[${vectors.sample.indices.join(', ')}]`,
      vectors.empty.rowsHash,
      ...vectors.ints.values.map((v: number, i: number) => `int(${vectors.ints.n[i]})=${v}`),
    ];
    for (const q of quoted) expect(spec, q).toContain(q);
  });
});
