import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTable } from '../../src/core/registry-import';
import { readSpreadsheet } from '../../src/core/registry-import/spreadsheet';
import { startSandbox } from '../../src/sandbox/server';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'dra-export-')), reset: true });
});
afterAll(() => new Promise<void>((r) => sandbox.server.close(() => r())));

describe("the sandbox's 导出 imports whole", () => {
  it.each([
    ['syn/sccheck/entlib', 'objects', '检查对象名录库.xlsx'],
    ['syn/sccheck/agentlib', 'inspectors', '执法检查人员名录库.xlsx'],
  ] as const)('%s', async (path, kind, file) => {
    const pageHtml = await (await fetch(`${sandbox.url}${path}`)).text();
    expect(pageHtml).toContain(`href="/${path}/export">导出</a>`);
    const res = await fetch(`${sandbox.url}${path}/export`);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent(file));
    const sheet = await readSpreadsheet(new Uint8Array(await res.arrayBuffer()));
    const r = importTable(kind, sheet.rows);
    const held = kind === 'objects' ? sandbox.store.data.objects : sandbox.store.data.inspectors;
    expect(r.problems).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.counts).toMatchObject({ read: held.length, imported: held.length, rejected: 0 });
    if (kind === 'objects') {
      const byUscc = new Map(sandbox.store.data.objects.map((o) => [o.uscc, o]));
      for (const a of r.records) {
        const o = byUscc.get(a.id)!;
        expect(a.record).toMatchObject({ name: o.name, creditClass: o.creditClass, industry: o.industry, region: o.region, registrationOffice: o.registrationOffice, checksThisYear: o.checksThisYear });
      }
    } else {
      const byName = new Map(sandbox.store.data.inspectors.map((i) => [`${i.name}|${i.departmentId}|${i.licenceNumber}`, i]));
      for (const a of r.records) {
        const rec = a.record as { name: string; departmentId: string; registryKind: string; active: boolean };
        expect([...byName.keys()].some((k) => k.startsWith(`${rec.name}|${rec.departmentId}|`))).toBe(true);
      }
    }
    // No time assertion: a budget for a loaded machine (the first call starts the sandbox's pages and SheetJS).
  }, 60_000);
});
