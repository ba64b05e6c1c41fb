/**
 * Save the sandbox's form pages as the adapter's unit tests read them (tests/fixtures/pages): the
 * server-rendered HTML of fresh seed data, before any page script runs. Run again when the sandbox's
 * pages change: `npx tsx scripts/save-sandbox-pages.ts` (a test says when they are out of date).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../src/sandbox/server';

/** The pages saved: file name → path on the platform. */
export const SAVED_PAGES: Record<string, string> = {
  'plan-JH-2026-002.html': '/syn/sccheck/pubscworkplan/edit?id=JH-2026-002',
  'task-RW-2026-002.html': '/syn/sccheck/scplantask/edit?id=RW-2026-002',
  'strategy-RW-2026-002.html': '/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002',
  'strategy-RW-2026-006.html': '/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-006',
};

/** Render every saved page on a fresh sandbox: file name → HTML. */
export async function renderSavedPages(): Promise<Record<string, string>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dra-pages-'));
  const sb = await startSandbox({ port: 0, dataDir, reset: true });
  try {
    const out: Record<string, string> = {};
    for (const [file, path] of Object.entries(SAVED_PAGES)) {
      const res = await fetch(new URL(path, sb.url));
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      out[file] = await res.text();
    }
    return out;
  } finally {
    await new Promise((r) => sb.server.close(r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('save-sandbox-pages.ts')) {
  const pages = await renderSavedPages();
  for (const [file, html] of Object.entries(pages)) writeFileSync(join('tests/fixtures/pages', file), html);
  console.log(`saved ${Object.keys(pages).length} pages in tests/fixtures/pages`);
}
