import { parseArgs } from 'node:util';
import { parseCheckFile } from '../../core/model';
import { evaluate, type Report } from '../../core/rules/evaluate';
import { BUILTIN_PROFILES } from '../../core/profiles';
import { loadProfileArg } from '../profile-arg';
import { todayInChina } from '../../core/calendar';
import { buildView, formatAccount, mergeYear, readSpreadsheets, SPREADSHEET, viewAsReport, writeReport } from '../year-check';
import { BadInput, EXIT, parseLang } from '../io';
import { loadJson } from '../load-json';
import { formatReport } from '../format-report';
import type { Command } from '../command';

const command: Command = {
  name: 'check',
  summary: 'validate plans (JSON) or a year of exported lists (xlsx/csv) against the rules; --out writes a report / 按规则校验抽查计划或全年导出清单',
  usage: 'check FILE... [--profile ID] [--overrides FILE] [--as-of YYYY-MM-DD] [--year YYYY] [--department NAME] [--out report.xlsx|report.html]... [--json] [--lang zh|en]',
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
    const lang = parseLang(values.lang);
    if (!positionals.length) throw new BadInput('no file given');
    if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of']))
      throw new BadInput(`--as-of must be YYYY-MM-DD, got "${values['as-of']}"`);
    if (values.year !== undefined && !/^\d{4}$/.test(values.year)) throw new BadInput(`--year must be YYYY, got "${values.year}"`);
    for (const out of values.out ?? []) if (!/\.(xlsx|html?)$/i.test(out)) throw new BadInput(`--out must end in .xlsx or .html, got "${out}"`);
    const overrides = values.overrides ? await loadJson(values.overrides, io) : undefined;
    const profile = await loadProfileArg(values.profile, overrides, io, lang);

    const asOf = values['as-of'] ?? io.today ?? todayInChina();
    const sheetFiles = positionals.filter((f) => SPREADSHEET.test(f));
    // Exported lists (xlsx/csv) are read together as one year of many departments.
    const year = sheetFiles.length
      ? await readSpreadsheets(sheetFiles, { year: values.year ? Number(values.year) : undefined, asOf }, io)
      : undefined;

    // Parse every file first: bad input anywhere means no verdict anywhere (exit 2).
    const dossiers = [];
    for (const file of positionals.filter((f) => !SPREADSHEET.test(f))) {
      const parsed = parseCheckFile(await loadJson(file, io));
      if (!parsed.ok)
        throw new BadInput(`${file} does not match the plan file format:\n${parsed.errors.map((e) => `  ${e.path}: ${e[lang]}`).join('\n')}`);
      dossiers.push({ file, dossier: parsed.value });
    }
    const reports: Array<{ file: string; report: Report }> = dossiers.map(({ file, dossier }) => ({
      file,
      report: evaluate(dossier, profile, { asOf: values['as-of'] ?? io.today }),
    }));

    // The year view: the exported lists, else the JSON dossiers that name their year.
    const yearDossiers = dossiers.filter(({ dossier }) => dossier.year !== undefined);
    const yearDossier = year?.dossier ?? (yearDossiers.length ? mergeYear(yearDossiers.map((d) => d.dossier)) : undefined);
    if (values.out?.length && !yearDossier) throw new BadInput('--out needs a year: exported list files (xlsx/csv), or a JSON dossier with "year"');
    const profileName = profile.name?.zh ?? (BUILTIN_PROFILES[profile.id] as { name?: { zh: string } } | undefined)?.name?.zh;
    const sources = year?.sources ?? yearDossiers.map(({ file }) => ({ name: file, kind: 'json' as const, readAt: new Date().toISOString() }));
    const view = yearDossier ? buildView(values.year ? { ...yearDossier, year: Number(values.year) } : yearDossier, profile, asOf, sources, profileName) : undefined;
    const department = values.department;
    if (view && department !== undefined && !view.matrix.departments.some((d) => d.id === department))
      throw new BadInput(`--department "${department}" is not among the year's departments: ${view.matrix.departments.map((d) => d.id).join(', ')}`);
    if (year && view) reports.unshift({ file: sheetFiles.join(' + '), report: viewAsReport(view) });
    for (const out of values.out ?? []) await writeReport(out, view!, department, io);

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
            ...(values.out?.length ? { reports: values.out } : {}),
          },
          null,
          2,
        ),
      );
    } else {
      if (year) io.out(`${lang === 'zh' ? '导出清单' : 'exported lists'} (${year.dossier.year}):\n${formatAccount(year.account, lang)}\n`);
      io.out(reports.map(({ file, report }) => formatReport(report, lang, `== ${file}`, profile.documents)).join('\n\n'));
      for (const out of values.out ?? []) io.out(`${lang === 'zh' ? '报表已写入' : 'report written to'} ${out}`);
    }
    return reports.some(({ report }) => report.counts.error > 0) ? EXIT.findings : EXIT.ok;
  },
};

export default command;
