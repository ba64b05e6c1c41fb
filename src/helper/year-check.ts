import { rowList } from '../core/replaced-bytes';
import { msg, withLang } from '../i18n';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Dossier } from '../core/model';
import type { ResolvedProfile } from '../core/profiles/resolve';
import type { Report } from '../core/rules/evaluate';
import { assembleDossier, liaisonHtml, liaisonView, liaisonXlsx, readListFile, type DataSource, type ImportAccount, type LiaisonView } from '../core/liaison';
import { BadInput, errorText, readInputBytes, type CommandIO, type Lang } from './io';

export const SPREADSHEET = /\.(xlsx|xls|csv)$/i;

/** Read the exported lists given on the command line as one year's dossier, with what was read and refused. */
export async function readSpreadsheets(files: string[], opts: { year?: number; asOf: string }, io: CommandIO) {
  const sheets = [];
  const sources: DataSource[] = [];
  for (const file of files) {
    const bytes = await readInputBytes(file, io);
    let read;
    try {
      read = readListFile(basename(file), bytes);
    } catch (e) {
      throw new BadInput(msg('cli.unreadableSheet', { file, detail: errorText(e, msg('cli.damaged')) }));
    }
    sheets.push(...read);
    sources.push({ name: basename(file), kind: 'file', readAt: new Date().toISOString(), rows: read.reduce((n, s) => n + s.account.read, 0) });
  }
  const { dossier, account } = assembleDossier(sheets, opts);
  // Nothing kept: the caller prints the accounting and exits 2; a year is asked for only when rows were kept.
  if (dossier.year === undefined && account.totals.kept > 0) throw new BadInput(msg('cli.check.noYear'));
  return { dossier, account, sources };
}

/** The row accounting as the CLI prints it: per sheet read / kept / refused, then each refusal. */
export function formatAccount(a: ImportAccount, lang: Lang): string {
  return withLang(lang, () => accountLines(a));
}

function accountLines(a: ImportAccount): string {
  const kindName = (k: string | undefined) => msg(`cli.account.kind.${k === 'plan' || k === 'task' || k === 'result' ? k : 'unknown'}`);
  const lines = a.sheets.map((s) => `  ${msg('cli.account.sheet', { source: s.source, kind: kindName(s.kind), read: s.read, kept: s.kept, refused: s.refused.length })}${s.unknownHeaders.length ? msg('cli.account.unknown', { cols: s.unknownHeaders.join('、') }) : ''}`);
  for (const s of a.sheets) if (s.replacedRows?.length) lines.push(`  ⚠ ${msg('cli.account.replaced', { source: s.source, rows: rowList(s.replacedRows), n: s.replacedRows.length })}`);
  for (const r of [...a.sheets.flatMap((s) => s.refused), ...a.linking]) lines.push(`  ✖ ${r.source} ${msg('common.problem', { where: msg('common.row', { row: r.row }), what: r.reason })}`);
  lines.push(`  ${msg('cli.account.total', { read: a.totals.read, kept: a.totals.kept, refused: a.totals.refused })}`);
  return lines.join('\n');
}

/** The liaison view's findings in the engine's report shape, so the CLI prints them as it prints any check. */
export function viewAsReport(view: LiaisonView): Report {
  const order = { error: 0, warn: 1, info: 2 } as const;
  const findings = [...view.matrix.findings].sort((a, b) => (a.status === 'fail' ? 0 : 1) - (b.status === 'fail' ? 0 : 1) || order[a.severity] - order[b.severity]);
  const counts = { error: 0, warn: 0, info: 0, incomplete: 0, passed: 0 };
  for (const f of findings) if (f.status === 'fail') counts[f.severity]++;
  else counts.incomplete++;
  for (const r of view.matrix.rules) counts.passed += r.passed;
  return { profile: view.matrix.profile, asOf: view.matrix.asOf, rules: [], findings, counts };
}

/** Several year dossiers (JSON files with `year`) as one: their plans and departments together. */
export function mergeYear(dossiers: Dossier[]): Dossier {
  const [first] = dossiers;
  const departments = new Map(dossiers.flatMap((d) => d.departments ?? []).map((x) => [x.id, x]));
  return { ...first, departments: departments.size ? [...departments.values()] : undefined, plans: dossiers.flatMap((d) => d.plans) };
}

export function buildView(dossier: Dossier, profile: ResolvedProfile, asOf: string, sources: DataSource[], profileName?: string): LiaisonView {
  return { ...liaisonView(dossier, profile, { asOf, sources }), profileName };
}

/** Write the report named by --out: .xlsx or .html, decided by the extension. */
export async function writeReport(out: string, view: LiaisonView, department: string | undefined, io: CommandIO): Promise<void> {
  const generatedAt = new Date().toISOString();
  let data: Uint8Array | string;
  if (/\.xlsx$/i.test(out)) data = liaisonXlsx(view, { generatedAt, departmentId: department });
  else if (/\.html?$/i.test(out)) data = liaisonHtml(view, { generatedAt, departmentId: department });
  else throw new BadInput(msg('cli.check.out', { value: out }));
  try {
    await (io.writeFile ?? writeFile)(out, data);
  } catch (e) {
    throw new BadInput(msg('cli.cannotWrite', { path: out, code: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
}
