// Issue 20: the files chosen on the liaison page are read in the view worker, not on the page's thread. Asked with
// the File objects, the worker answers with the same records and the same account (rows read, refused with their
// reasons, bytes replaced) as reading the bytes directly; a file it cannot read is named with the reason, never
// dropped. Every row read is kept or refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { readListFile } from '../../src/core/liaison';
import type { ViewAnswer, WorkerAsk } from '../../src/ui/liaison/view-protocol';
import type { ImportFile } from '../../src/ui/liaison/read-import';
import { readParts } from '../../src/ui/liaison/read-parts';
import { PAGE_PART } from '../../src/ui/liaison/page-parts';
import { benchYearFiles } from '../../bench/liaison.bench';

const posted: ViewAnswer[] = [];
const scope = { onmessage: undefined as undefined | ((ev: { data: WorkerAsk }) => void), postMessage: (a: ViewAnswer) => posted.push(structuredClone(a)) };
// Node has File but no FileReaderSync (a worker's synchronous reader): this one hands back the bytes each File was made of.
const bytesOf = new Map<string, Uint8Array>();
class FileReaderSync {
  readAsArrayBuffer(f: File): ArrayBuffer {
    const b = bytesOf.get(f.name);
    if (!b) throw new Error(`unreadable: ${f.name}`);
    return b.slice().buffer;
  }
}
const file = (name: string, bytes: Uint8Array) => {
  bytesOf.set(name, bytes);
  return new File([bytes as Uint8Array<ArrayBuffer>], name);
};

beforeAll(async () => {
  Object.assign(globalThis, { self: scope, FileReaderSync });
  await import('../../src/ui/liaison/view.worker');
});

/** Asks a read as the page does, and puts the records posted in parts back as the page does (read-parts.ts). */
function read(id: number, files: File[]): { files: ImportFile[]; parts: Array<Extract<ViewAnswer, { ask: 'read-part' }>> } {
  const before = posted.length;
  // Posted as the page posts it (Node cannot clone a File; the browser posts it by reference to its bytes).
  scope.onmessage!({ data: { type: 'read', id, files } });
  const answers = posted.slice(before);
  const a = answers.pop()!;
  expect(a).toMatchObject({ ask: 'read', id });
  const parts = answers as Array<Extract<ViewAnswer, { ask: 'read-part' }>>;
  const put = readParts();
  for (const p of parts) {
    expect(p).toMatchObject({ ask: 'read-part', id });
    put.add(p);
  }
  return { files: put.files(a as Extract<ViewAnswer, { ask: 'read' }>), parts };
}

const csv = (rows: string[][]) => new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n'));

describe('the view worker reads the files chosen for import', () => {
  it('gives the records and the account of reading the bytes directly, with every row kept or refused', () => {
    const year = benchYearFiles(300);
    const bad = csv([
      ['任务编号', '抽查任务名称', '任务期限'],
      ['T1', '任务一', '2026-03-01 至 2026-05-01'],
      ['T2', '任务二', '2026-03-01 至'],
      ['T3', '任务三', '2026-04-01 至 2026-06-01'],
    ]);
    const unknown = csv([['姓名', '性别'], ['张三', '男']]);
    const damaged = new Uint8Array([...new TextEncoder().encode('任务编号,抽查任务名称,任务期限\nT9,'), 0xff, 0xfe, ...new TextEncoder().encode(',2026-03-01 至 2026-05-01')]);
    const inputs: Array<[string, Uint8Array]> = [['tasks.csv', year.tasks], ['results.csv', year.results], ['bad.csv', bad], ['unknown.csv', unknown], ['damaged.csv', damaged]];
    const { files: got } = read(7, inputs.map(([n, b]) => file(n, b)));
    expect(got.map((f) => f.name)).toEqual(inputs.map(([n]) => n));
    got.forEach((f, i) => {
      const direct = readListFile(inputs[i][0], inputs[i][1]);
      if ('error' in f) throw new Error(f.error);
      expect(f.sheets.map((s) => s.account)).toEqual(direct.map((s) => s.account));
      expect(f.sheets.map((s) => s.records)).toEqual(direct.map((s) => (s.spec ? s.records.map((r) => ({ kind: s.spec!.kind, row: r.row, values: r.values })) : [])));
      for (const s of f.sheets) expect(s.records.length + s.account.refused.length).toBe(s.account.read);
    });
    const [tasks, results, badRead, unknownRead, damagedRead] = got.map((f) => (f as Extract<ImportFile, { sheets: unknown }>).sheets[0]);
    expect([tasks.records.length, results.records.length]).toEqual([3, 300]);
    expect(badRead.account.refused).toEqual([{ source: 'bad.csv', row: 3, reason: expect.stringMatching(/任务期限/) }]);
    expect(unknownRead.records).toEqual([]);
    expect(unknownRead.account.refused[0].reason).toMatch(/未找到计划、任务或结果清单的表头/);
    expect(damagedRead.account.replacedRows).toEqual([2]);
  });

  it('names a file it cannot read, with the reason, beside the ones it read', () => {
    const ok = file('ok.csv', csv([['任务编号', '抽查任务名称', '任务期限'], ['T1', '任务一', '2026-03-01 至 2026-05-01']]));
    const gone = new File([new Uint8Array(1)], 'gone.xlsx');
    const notXlsx = file('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const { files } = read(8, [ok, gone, notXlsx]);
    expect(files[0]).toMatchObject({ name: 'ok.csv', sheets: [{ account: { read: 1, kept: 1 } }] });
    expect(files[1]).toEqual({ name: 'gone.xlsx', error: 'unreadable: gone.xlsx' });
    expect(files[2]).toMatchObject({ name: 'broken.xlsx', error: expect.any(String) });
  });

  it('posts a large sheet\'s records in parts of at most PAGE_PART, each its own short copy on the page, all put back', () => {
    const year = benchYearFiles(2 * PAGE_PART + 5);
    const { files, parts } = read(9, [file('big-results.csv', year.results)]);
    const direct = readListFile('big-results.csv', year.results)[0];
    const n = direct.records.length;
    expect(n).toBeGreaterThan(2 * PAGE_PART);
    expect(parts.map((p) => p.records.length)).toEqual([PAGE_PART, PAGE_PART, n - 2 * PAGE_PART]);
    const sheet = (files[0] as Extract<ImportFile, { sheets: unknown }>).sheets[0];
    expect(sheet.records).toEqual(direct.records.map((r) => ({ kind: direct.spec!.kind, row: r.row, values: r.values })));
    expect(sheet.account).toEqual(direct.account);
  });
});
