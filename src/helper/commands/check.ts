import { parseArgs } from 'node:util';
import { parseCheckFile } from '../../core/model';
import { evaluate, type Report } from '../../core/rules/evaluate';
import { loadProfile, ProfileError } from '../../core/profiles';
import { BadInput, EXIT, parseLang } from '../io';
import { loadJson } from '../load-json';
import { formatReport } from '../format-report';
import type { Command } from '../command';

const command: Command = {
  name: 'check',
  summary: 'validate plans (JSON) against the rules / 按规则校验抽查计划',
  usage: 'check FILE... [--profile ID] [--overrides FILE] [--as-of YYYY-MM-DD] [--json] [--lang zh|en]',
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
      },
    });
    const lang = parseLang(values.lang);
    if (!positionals.length) throw new BadInput('no file given');
    if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of']))
      throw new BadInput(`--as-of must be YYYY-MM-DD, got "${values['as-of']}"`);
    const overrides = values.overrides ? await loadJson(values.overrides, io) : undefined;
    let profile;
    try {
      profile = loadProfile(values.profile, overrides);
    } catch (e) {
      if (e instanceof ProfileError) throw new BadInput(`invalid profile:\n${e.errors.map((x) => `  ${x.path}: ${x[lang]}`).join('\n')}`);
      throw e;
    }

    // Parse every file first: bad input anywhere means no verdict anywhere (exit 2).
    const dossiers = [];
    for (const file of positionals) {
      const parsed = parseCheckFile(await loadJson(file, io));
      if (!parsed.ok)
        throw new BadInput(`${file} does not match the plan file format:\n${parsed.errors.map((e) => `  ${e.path}: ${e[lang]}`).join('\n')}`);
      dossiers.push({ file, dossier: parsed.value });
    }
    const reports: Array<{ file: string; report: Report }> = dossiers.map(({ file, dossier }) => ({
      file,
      report: evaluate(dossier, profile, { asOf: values['as-of'] ?? io.today }),
    }));

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
          },
          null,
          2,
        ),
      );
    } else {
      io.out(reports.map(({ file, report }) => formatReport(report, lang, `== ${file}`)).join('\n\n'));
    }
    return reports.some(({ report }) => report.counts.error > 0) ? EXIT.findings : EXIT.ok;
  },
};

export default command;
