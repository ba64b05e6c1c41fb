/**
 * The panel shares its frame with the platform's page. Every control the content script renders
 * must act only on the user's own input: each DOM event handler (`onClick=` on a lowercase tag) in a
 * component reachable from the overlay entrypoint goes through `trusted(…)`, tests `e.isTrusted`, or
 * is a GuardedButton's `onAct`. A new handler written bare fails here, naming file and line.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const entry = path.join(root, 'entrypoints/overlay.content/index.tsx');

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.tsx`, `${base}.ts`, `${base}/index.tsx`, `${base}/index.ts`]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

/** Every module the overlay content script bundles from this repo (static imports and re-exports). */
function contentScriptModules(): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
      const r = resolveImport(file, m[1]!);
      if (r) walk(r);
    }
  };
  walk(entry);
  return [...seen].filter((f) => f.endsWith('.tsx'));
}

/** Handlers on DOM elements (lowercase tags) that neither go through trusted() nor test isTrusted. */
export function bareHandlers(src: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  for (const m of src.matchAll(/\bon[A-Z]\w*=\{/g)) {
    const before = src.slice(0, m.index);
    const tag = [...before.matchAll(/<([A-Za-z][\w.]*)/g)].pop()?.[1] ?? '';
    if (!/^[a-z]/.test(tag)) continue; // a component's prop, not a DOM listener
    const value = src.slice(m.index! + m[0].length, m.index! + m[0].length + 80);
    if (/^\s*trusted\(/.test(value) || /^\s*\(?\s*(\w+)(?:\s*:\s*\w+)?\s*\)?\s*=>\s*\1\.isTrusted\b/.test(value)) continue;
    out.push({ line: before.split('\n').length, text: `${m[0]}${value.split('\n')[0]}` });
  }
  return out;
}

describe('content-script controls act on trusted events only', () => {
  it('finds the overlay and the panel among the content-script modules', () => {
    const files = contentScriptModules().map((f) => path.relative(root, f));
    expect(files).toEqual(expect.arrayContaining(['src/ui/Panel.tsx', 'src/ui/MakerPanel.tsx', 'src/ui/SubmitConfirm.tsx']));
  });

  it('the check itself flags a bare handler and passes wrapped ones', () => {
    const src = [
      '<button onClick={() => go()}>a</button>',
      '<button onClick={trusted(() => go())}>b</button>',
      '<button onClick={(e) => e.isTrusted && go()}>c</button>',
      '<Findings onFocus={focus} />',
    ].join('\n');
    expect(bareHandlers(src).map((h) => h.line)).toEqual([1]);
  });

  it('no DOM handler in a content-script component is bare', () => {
    const bare = contentScriptModules().flatMap((f) =>
      bareHandlers(fs.readFileSync(f, 'utf8')).map((h) => `${path.relative(root, f)}:${h.line} ${h.text}`),
    );
    expect(bare).toEqual([]);
  });
});
