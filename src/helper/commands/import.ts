import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { csvBatches, formatOf, MemoryStore, rejectedCsv, runImport, SavedMapping, SpreadsheetRefused, type Counts, type CsvInfo, type RawRow, type RejectedRow } from '../../core/registry-import';
import { readSpreadsheet, spreadsheetRowBatches } from '../../core/registry-import/spreadsheet';
import { BadInput, errorText, EXIT } from '../io';
import { loadJson } from '../load-json';
import type { Command } from '../command';
import { msg, pick } from '../../i18n';


async function* batchesOf(file: string, info: { encoding?: string; notes: string[] }): AsyncGenerator<RawRow[]> {
  const fd = await readFile(file, { flag: 'r' }).catch((e: NodeJS.ErrnoException) => {
    throw new BadInput(msg('cli.cannotRead', { path: file, code: e.code ?? e.message }));
  });
  if (formatOf(file, fd.subarray(0, 8)) === 'spreadsheet') {
    try {
      const s = await readSpreadsheet(new Uint8Array(fd.buffer, fd.byteOffset, fd.byteLength));
      for (const n of s.notes) info.notes.push(pick(n));
      yield* spreadsheetRowBatches(s);
    } catch (e) {
      if (e instanceof SpreadsheetRefused) throw new BadInput(`${file}：${pick(e)}`);
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
    for (const n of meta.notes ?? []) info.notes.push(pick(n));
  } catch (e) {
    if (e instanceof BadInput) throw e;
    throw new BadInput(`${file}：${errorText(e, msg('cli.damaged'))}`);
  }
}

const line = (c: Counts) => msg('cli.import.counts', { read: c.read, imported: c.imported, updated: c.updated, duplicate: c.duplicate, rejected: c.rejected, warnings: c.warnings });

const command: Command = {
  name: 'import',
  summary: 'cli.cmd.import.summary',
  usage: 'cli.cmd.import.usage',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { kind: { type: 'string' }, mapping: { type: 'string' }, out: { type: 'string' }, rejected: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    if (!positionals.length) throw new BadInput(msg('cli.import.noFile'));
    const kind = values.kind;
    if (kind !== 'objects' && kind !== 'inspectors') throw new BadInput(msg('cli.import.kind', { value: kind ?? '' }));
    let saved: SavedMapping[] = [];
    if (values.mapping) {
      const r = z.union([SavedMapping, z.array(SavedMapping)]).safeParse(await loadJson(values.mapping, io));
      if (!r.success) throw new BadInput(msg('cli.import.mapping', { file: values.mapping, fields: r.error.issues.map((i) => i.path.join('.') || '—').join('、') }));
      saved = Array.isArray(r.data) ? r.data : [r.data];
    }
    // One store across the files: a row repeated in a later file is a duplicate or an update.
    const store = new MemoryStore();
    const files: Array<{ file: string; encoding?: string; headerRow?: number; counts?: Counts; problems?: string[]; notes: string[]; rejected: RejectedRow[]; headers: string[] }> = [];
    for (const file of positionals) {
      await stat(file).catch((e: NodeJS.ErrnoException) => {
        throw new BadInput(msg('cli.cannotRead', { path: file, code: e.code ?? e.message }));
      });
      const info: { encoding?: string; notes: string[] } = { notes: [] };
      const before = store.rejected.length;
      const r = await runImport({ kind, batches: batchesOf(file, info), store, saved });
      const entry = { file, encoding: info.encoding, headerRow: r.prepared.headerRow, notes: info.notes, rejected: store.rejected.slice(before), headers: r.prepared.mapping.headers };
      if (!r.ok) files.push({ ...entry, problems: r.prepared.problems.map((p) => pick(p)) });
      else files.push({ ...entry, counts: r.counts, notes: [...info.notes, ...store.notes.filter((n) => n.kind === 'warning').slice(0, 20).map((n) => msg('cli.import.row', { row: n.row, reason: pick(n.reason) }))] });
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
      const out = [msg(`cli.import.kind.${kind}`)];
      for (const f of files) {
        out.push(`== ${f.file}${f.encoding ? ` (${f.encoding})` : ''}`);
        if (f.problems) out.push(...f.problems.map((p) => `  ✖ ${p}`));
        else out.push(`  ${line(f.counts!)}`);
        for (const n of f.notes) out.push(`  ⚠ ${n}`);
        for (const r of f.rejected.slice(0, 20)) out.push(`  ✖ ${msg('cli.import.row', { row: r.row, reason: pick(r.reason) })}`);
        if (f.rejected.length > 20) out.push(`  ${msg(values.rejected ? 'cli.import.moreIn' : 'cli.import.more', { n: f.rejected.length - 20, file: values.rejected ?? '' })}`);
      }
      out.push(msg('cli.import.total', { n: records.length }) + (values.out ? msg('cli.import.written', { file: values.out }) : '') + (values.rejected ? msg('cli.import.rejectedIn', { file: values.rejected }) : ''));
      io.out(out.join('\n'));
    }
    if (bad) return EXIT.badInput;
    return rejected.length ? EXIT.findings : EXIT.ok;
  },
};

export default command;
