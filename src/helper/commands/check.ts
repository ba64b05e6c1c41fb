import { msg } from '../../i18n';
import { parseArgs } from 'node:util';
import { parseCheckFile } from '../../core/model';
import { evaluate, type Report } from '../../core/rules/evaluate';
import { BUILTIN_PROFILES } from '../../core/profiles';
import { loadProfileArg } from '../profile-arg';
import { todayInChina } from '../../core/calendar';
import { buildView, formatAccount, mergeYear, readSpreadsheets, SPREADSHEET, viewAsReport, writeReport } from '../year-check';
import { BadInput, EXIT, runLang } from '../io';
import { loadJson } from '../load-json';
import { formatReport } from '../format-report';
import { fieldWithPath } from '../../i18n/field-label';
import type { Command } from '../command';
import { PLAN_TABLE_FILE } from '../../core/plan-table';
import { checkGrids, formatTable, isPlatformList, readGrids, tableJson } from '../plan-table-check';
import { writeTableReport } from '../plan-table-report';

const command: Command = {
  name: 'check',
  summary: 'cli.cmd.check.summary',
  usage: 'cli.cmd.check.usage',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        profile: { type: 'string', default: 'baseline' },
        overrides: { type: 'string' },
        'as-of': { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        year: { type: 'string' },
        department: { type: 'string' },
        out: { type: 'string', multiple: true },
      },
    });
    const lang = runLang();
    if (!positionals.length) throw new BadInput(msg('cli.check.noFile'));
    if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of']))
      throw new BadInput(msg('cli.check.asOf', { value: values['as-of'] }));
    if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new BadInput(msg('cli.check.year', { value: values.year }));
    for (const out of values.out ?? []) if (!/\.(xlsx|html?)$/i.test(out)) throw new BadInput(msg('cli.check.out', { value: out }));
    const overrides = values.overrides ? await loadJson(values.overrides, io) : undefined;
    const profile = await loadProfileArg(values.profile, overrides, io, lang);

    const asOf = values['as-of'] ?? io.today ?? todayInChina();
    // Tables: the platform's list exports (known by their headers) are read as a year; any other table
    // (xlsx/xls/csv/docx/html) is a published annual plan table, checked row by row.
    const tableInputs = await readGrids(positionals.filter((f) => PLAN_TABLE_FILE.test(f)), io);
    const sheetFiles = tableInputs.filter(({ file, grids }) => SPREADSHEET.test(file) && grids.some(isPlatformList)).map(({ file }) => file);
    const planTables = checkGrids(
      tableInputs.filter(({ file }) => !sheetFiles.includes(file)).flatMap(({ grids }) => grids),
      profile,
      { year: values.year ? Number(values.year) : undefined, asOf: values['as-of'] ?? io.today },
    );
    // Exported lists (xlsx/csv) are read together as one year of many departments.
    const year = sheetFiles.length
      ? await readSpreadsheets(sheetFiles, { year: values.year ? Number(values.year) : undefined, asOf }, io)
      : undefined;

    // Parse every file first: bad input anywhere means no verdict anywhere (exit 2).
    const dossiers = [];
    for (const file of positionals.filter((f) => !PLAN_TABLE_FILE.test(f))) {
      const parsed = parseCheckFile(await loadJson(file, io));
      if (!parsed.ok)
        throw new BadInput(`${msg('cli.check.format', { file })}\n${parsed.errors.map((e) => `  ${fieldWithPath(e.path, lang)}${msg('field.sep', undefined, lang)}${e[lang]}`).join('\n')}`);
      dossiers.push({ file, dossier: parsed.value });
    }
    const reports: Array<{ file: string; report: Report }> = dossiers.map(({ file, dossier }) => ({
      file,
      report: evaluate(dossier, profile, { asOf: values['as-of'] ?? io.today }),
    }));

    // The year view: the exported lists, else the JSON dossiers that name their year.
    const yearDossiers = dossiers.filter(({ dossier }) => dossier.year !== undefined);
    const yearDossier = (year && year.account.totals.kept > 0 ? year.dossier : undefined) ?? (yearDossiers.length ? mergeYear(yearDossiers.map((d) => d.dossier)) : undefined);
    if (values.out?.length && !yearDossier && !planTables.length) throw new BadInput(msg('cli.check.outNeedsYear'));
    const profileName = profile.name?.zh ?? (BUILTIN_PROFILES[profile.id] as { name?: { zh: string } } | undefined)?.name?.zh;
    const sources = year?.sources ?? yearDossiers.map(({ file }) => ({ name: file, kind: 'json' as const, readAt: new Date().toISOString() }));
    const view = yearDossier ? buildView(values.year ? { ...yearDossier, year: Number(values.year) } : yearDossier, profile, asOf, sources, profileName) : undefined;
    const department = values.department;
    if (view && department !== undefined && !view.matrix.departments.some((d) => d.id === department))
      throw new BadInput(msg('cli.check.department', { value: department, known: view.matrix.departments.map((d) => d.id).join('、') }));
    if (year && view && year.account.totals.kept > 0) reports.unshift({ file: sheetFiles.join(' + '), report: viewAsReport(view) });
    for (const out of values.out ?? []) {
      if (view) await writeReport(out, view, department, io);
      else await writeTableReport(out, planTables, io);
    }
    // Something was checked only if a plan, a kept list row or a plan-table row reached the rules.
    const checkedAnything = dossiers.length > 0 || (year ? year.account.totals.kept > 0 : false) || planTables.some((t) => t.plans.length > 0);

    if (values.json) {
      io.out(
        JSON.stringify(
          {
            profile: profile.id,
            files: reports.map(({ file, report }) => ({
              file,
              asOf: report.asOf,
              counts: report.counts,
              findings: report.findings.map((f) => ({ ...f, message: f.message })),
            })),
            ...(year ? { rows: year.account } : {}),
            ...(planTables.length ? { tables: planTables.map(tableJson) } : {}),
            checked: checkedAnything,
            ...(values.out?.length ? { reports: values.out } : {}),
          },
          null,
          2,
        ),
      );
    } else {
      if (year) io.out(`${msg('cli.exportedLists', { year: year.dossier.year ?? '' }, lang)}\n${formatAccount(year.account, lang)}\n`);
      if (planTables.length) io.out(planTables.map((t) => formatTable(t, lang)).join('\n\n'));
      if (reports.length) io.out(reports.map(({ file, report }) => formatReport(report, lang, `== ${file}`, profile)).join('\n\n'));
      for (const out of values.out ?? []) io.out(msg('cli.reportWritten', { file: out }, lang));
      if (!checkedAnything) io.err(msg('cli.check.nothing'));
    }
    if (!checkedAnything) return EXIT.badInput;
    const errors = reports.some(({ report }) => report.counts.error > 0) || planTables.some((t) => (t.report?.counts.error ?? 0) > 0);
    return errors ? EXIT.findings : EXIT.ok;
  },
};

export default command;
