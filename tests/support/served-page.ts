/**
 * A platform page as the sandbox serves it, read through the sandbox adapter and judged as the panel judges
 * it (the page's relevant findings, and where each is marked). Shared by the per-page tests
 * (tests/platform/result-page, inspector-page); call `servedSandbox` at a test file's top level.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { startSandbox } from '../../src/sandbox/server';
import type { SandboxStore } from '../../src/sandbox/store';
import { recognisePage, type RecognisedPage } from '../../src/platform/recognise';
import type { PageKind } from '../../src/platform/adapter-schema';
import { readForm } from '../../src/platform/read-form';
import { fieldsForPath, pageModel } from '../../src/platform/to-model';
import { Dossier } from '../../src/core/model';
import { evaluate } from '../../src/core/rules/evaluate';
import { loadProfile } from '../../src/core/profiles';
import { relevantFindings } from '../../src/ui/relevant-findings';

export interface Served {
  url: string;
  store: SandboxStore;
}

/** A fresh sandbox on a free port for this file's tests, removed with its data after them. */
export function servedSandbox(prefix: string): Served {
  const served = {} as Served;
  let stop: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const s = await startSandbox({ port: 0, dataDir: dir, reset: true });
    served.url = s.url;
    served.store = s.store;
    stop = async () => {
      await new Promise((r) => s.server.close(r));
      rmSync(dir, { recursive: true, force: true });
    };
  });
  afterAll(() => stop());
  return served;
}

/** The page at `path`, parsed, and the adapter's recognition of it (which must be `kind`). */
export async function openServed(served: Served, path: string, kind: PageKind): Promise<{ doc: Document; page: RecognisedPage }> {
  const res = await fetch(served.url + path);
  expect(res.status).toBe(200);
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  const page = recognisePage(served.url + path);
  expect(page?.kind).toBe(kind);
  return { doc, page: page! };
}

/** The page judged on `today` with the baseline profile: its relevant findings, `ruleIds`' verdicts, where each is marked. */
export function judgeServed(doc: Document, page: RecognisedPage, today: string, ruleIds: string[]) {
  const read = readForm(doc, page.spec);
  const model = pageModel(read.values, today);
  const report = evaluate(Dossier.parse(model.dossier), loadProfile('baseline'), { asOf: today });
  const findings = relevantFindings(page.kind, report.findings, page.spec);
  /** Where the panel marks a finding: the first field it names that the page shows. */
  const markedAt = (rule: string) => findings.find((f) => f.ruleId === rule)?.fields.flatMap(fieldsForPath).find((x) => read.elements[x]);
  /** Each rule's verdict (a pass is no finding: the rule's report says it passed). */
  const verdicts = report.rules.filter((r) => ruleIds.includes(r.ruleId)).map((r) => `${r.ruleId}:${r.status}`).sort();
  return { read, model, findings, verdicts, failing: findings.filter((f) => f.status === 'fail').map((f) => f.ruleId).sort(), markedAt };
}
