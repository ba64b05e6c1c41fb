import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { csvBatches, formatOf, MemoryStore, rejectedCsv, runImport, SavedMapping, SpreadsheetRefused, type Counts, type CsvInfo, type RawRow, type RejectedRow } from '../../core/registry-import';
import { readSpreadsheet, spreadsheetRowBatches } from '../../core/registry-import/spreadsheet';
import { BadInput, EXIT } from '../io';
import { loadJson } from '../load-json';
import type { Command } from '../command';

const KIND_ZH = { objects: '检查对象名录库', inspectors: '执法检查人员名录库' } as const;

async function* batchesOf(file: string, info: { encoding?: string; notes: string[] }): AsyncGenerator<RawRow[]> {
  const fd = await readFile(file, { flag: 'r' }).catch((e: NodeJS.ErrnoException) => {
    throw new BadInput(`cannot read ${file}: ${e.code ?? e.message}`);
  });
  if (formatOf(file, fd.subarray(0, 8)) === 'spreadsheet') {
    try {
      const s = await readSpreadsheet(new Uint8Array(fd.buffer, fd.byteOffset, fd.byteLength));
      for (const n of s.notes) info.notes.push(`${n.zh} / ${n.en}`);
      yield* spreadsheetRowBatches(s);
    } catch (e) {
      if (e instanceof SpreadsheetRefused) throw new BadInput(`${file}: ${e.message}`);
      throw e;
    }
    return;
  }
  const meta: CsvInfo = { bytes: 0, notes: [] };
  try {
    // The file is opened twice: the encoding is decided on all of it before the rows are read.
    for await (const b of csvBatches(() => createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>, meta)) {
      info.encoding = meta.sniffed?.encoding;
      yield b;
    }
    for (const n of meta.notes ?? []) info.notes.push(`${n.zh} / ${n.en}`);
  } catch (e) {
    if (e instanceof BadInput) throw e;
    throw new BadInput(`${file}: ${(e as Error).message}`);
  }
}

const line = (c: Counts) => `读取 ${c.read} 行：新增 ${c.imported}，更新 ${c.updated}，重复 ${c.duplicate}，拒绝 ${c.rejected}（警告 ${c.warnings}） / read ${c.read}: imported ${c.imported}, updated ${c.updated}, duplicate ${c.duplicate}, rejected ${c.rejected} (warnings ${c.warnings})`;

const command: Command = {
  name: 'import',
  summary: 'import registry files (CSV/XLSX), count what was kept and refused / 导入两库',
  usage: 'import FILE... --kind objects|inspectors [--mapping FILE] [--out FILE] [--rejected FILE] [--json]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { kind: { type: 'string' }, mapping: { type: 'string' }, out: { type: 'string' }, rejected: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    if (!positionals.length) throw new BadInput('give at least one registry file (.csv, .xlsx, .xls)');
    const kind = values.kind;
    if (kind !== 'objects' && kind !== 'inspectors') throw new BadInput(`--kind must be objects or inspectors, got "${kind ?? ''}"`);
    let saved: SavedMapping[] = [];
    if (values.mapping) {
      const r = z.union([SavedMapping, z.array(SavedMapping)]).safeParse(await loadJson(values.mapping, io));
      if (!r.success) throw new BadInput(`${values.mapping} is not a saved column mapping: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
      saved = Array.isArray(r.data) ? r.data : [r.data];
    }
    // One store across the files: a row repeated in a later file is a duplicate or an update.
    const store = new MemoryStore();
    const files: Array<{ file: string; encoding?: string; headerRow?: number; counts?: Counts; problems?: string[]; notes: string[]; rejected: RejectedRow[]; headers: string[] }> = [];
    for (const file of positionals) {
      await stat(file).catch((e: NodeJS.ErrnoException) => {
        throw new BadInput(`cannot read ${file}: ${e.code ?? e.message}`);
      });
      const info: { encoding?: string; notes: string[] } = { notes: [] };
      const before = store.rejected.length;
      const r = await runImport({ kind, batches: batchesOf(file, info), store, saved });
      const entry = { file, encoding: info.encoding, headerRow: r.prepared.headerRow, notes: info.notes, rejected: store.rejected.slice(before), headers: r.prepared.mapping.headers };
      if (!r.ok) files.push({ ...entry, problems: r.prepared.problems.map((p) => `${p.zh} / ${p.en}`) });
      else files.push({ ...entry, counts: r.counts, notes: [...info.notes, ...store.notes.filter((n) => n.kind === 'warning').slice(0, 20).map((n) => `第 ${n.row} 行 / row ${n.row}: ${n.reason.zh}`)] });
      store.notes.length = 0;
    }
    const records = [...store.records.values()].map((x) => x.record).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (values.out) await writeFile(values.out, `${JSON.stringify(records, null, 1)}\n`);
    const rejected = files.flatMap((f) => f.rejected.map((r) => ({ ...r, cells: positionals.length > 1 ? [f.file, ...r.cells] : r.cells })));
    if (values.rejected) await writeFile(values.rejected, rejectedCsv(positionals.length > 1 ? ['文件', ...(files[0]?.headers ?? [])] : (files[0]?.headers ?? []), rejected));
    const bad = files.some((f) => f.problems);
    if (values.json) {
      io.out(JSON.stringify({ kind, files: files.map((f) => ({ file: f.file, encoding: f.encoding, headerRow: f.headerRow, counts: f.counts, problems: f.problems, notes: f.notes, rejected: f.rejected.map((r) => ({ row: r.row, reason: r.reason })) })), records: records.length }, null, 2));
    } else {
      const out = [`${KIND_ZH[kind]} / ${kind}`];
      for (const f of files) {
        out.push(`== ${f.file}${f.encoding ? ` (${f.encoding})` : ''}`);
        if (f.problems) out.push(...f.problems.map((p) => `  ✖ ${p}`));
        else out.push(`  ${line(f.counts!)}`);
        for (const n of f.notes) out.push(`  ⚠ ${n}`);
        for (const r of f.rejected.slice(0, 20)) out.push(`  ✖ 第 ${r.row} 行 / row ${r.row}: ${r.reason.zh} / ${r.reason.en}`);
        if (f.rejected.length > 20) out.push(`  … ${f.rejected.length - 20} more rejected rows${values.rejected ? ` in ${values.rejected}` : ' (--rejected FILE writes them all)'}`);
      }
      out.push(`合计 / total: ${records.length} records${values.out ? ` written to ${values.out}` : ''}${values.rejected ? `; rejected rows in ${values.rejected}` : ''}`);
      io.out(out.join('\n'));
    }
    if (bad) return EXIT.badInput;
    return rejected.length ? EXIT.findings : EXIT.ok;
  },
};

export default command;
