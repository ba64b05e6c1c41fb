/**
 * The README shows what `npm run screenshots` takes: every file the script writes is shown (README or
 * docs/), exists in docs/screenshots/, and every image the README shows exists there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SURFACES } from '../../scripts/screenshots/surfaces';

const README = readFileSync('README.md', 'utf8');
const DOCS = readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => readFileSync(`docs/${f}`, 'utf8')).join('\n');
const files = SURFACES.flatMap((s) => s.files);

describe('npm run screenshots and the README', () => {
  it('takes the surfaces the issue names', () => {
    for (const f of ['panel-plan.png', 'panel-task.png', 'panel-strategy.png', 'panel-submit-confirm.png', 'panel-strategy-template.png', 'panel-strategy-preview.png', 'evidence-page.png', 'popup.png', 'options.png', 'liaison-page.png', 'liaison-sidepanel.png', 'registry-import.png', 'trainer-rule-explorer.png', 'trainer-scenario.png', 'ceremony-drawn.png'])
      expect(files).toContain(f);
    expect(new Set(files).size).toBe(files.length);
  });
  it.each(files)('%s is in docs/screenshots and shown', (f) => {
    expect(existsSync(`docs/screenshots/${f}`)).toBe(true);
    expect(README.includes(`](docs/screenshots/${f})`) || DOCS.includes(`](screenshots/${f})`)).toBe(true);
  });
  it('every image the README shows exists', () => {
    const shown = [...README.matchAll(/\]\((docs\/screenshots\/[^)]+)\)/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(15);
    expect(shown.filter((p) => !existsSync(p))).toEqual([]);
  });
});
