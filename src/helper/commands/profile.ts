import { parseArgs } from 'node:util';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve as resolvePath } from 'node:path';
import { BUILTIN_PROFILES } from '../../core/profiles';
import { msg } from '../../i18n';
import { originLabel, provenanceText } from '../../i18n/provenance';
import { paramValue } from '../../i18n/param-label';
import { checkBundle, type ProfileBundle } from '../../core/profiles/bundle';
import { newBundle, parseParamInput, setParam, settableParams, suggestFromQuote } from '../../core/profiles/builder';
import { DocumentRefused, readDocument } from '../../core/profiles/read-document';
import { allRules } from '../../core/rules/registry';
import { BadInput, errorText, EXIT, runLang, type CommandIO, type Lang } from '../io';
import { builtinTexts, problemLines, readBundle } from '../profile-arg';
import type { Command } from '../command';


const baselineValue = (ruleId: string, param: string) =>
  (BUILTIN_PROFILES.baseline as { rules: Record<string, { params?: Record<string, { value: unknown }> }> }).rules[ruleId]?.params?.[param]?.value;

async function write(io: CommandIO, path: string, data: string) {
  const p = resolvePath(io.cwd, path);
  await (io.writeFile ? io.writeFile(p, data) : writeFile(p, data));
}

/** `--set RULE.PARAM[=VALUE] --quote CLAUSE`: the value from the clause when not given. */
function applySets(b: ProfileBundle, sets: string[], quotes: string[], sections: string[], lang: Lang): ProfileBundle {
  if (quotes.length !== sets.length) throw new BadInput(msg('cli.profile.quotes', { sets: sets.length, quotes: quotes.length }));
  if (sections.length && sections.length !== sets.length) throw new BadInput(msg('cli.profile.sections'));
  const params = settableParams(allRules, baselineValue);
  sets.forEach((set, i) => {
    const m = /^(.+)\.([A-Za-z]+)(?:=(.*))?$/.exec(set);
    const p = m && params.find((x) => x.ruleId === m[1] && x.param === m[2]);
    if (!m || !p) throw new BadInput(`--set ${set}: ${msg('profileCli.unknownParam', { known: params.map((x) => `${x.ruleId}.${x.param}`).join(', ') }, lang)}`);
    const value = m[3] !== undefined ? parseParamInput(p.kind, m[3]) : suggestFromQuote(p.kind, quotes[i]);
    const r = setParam(b, { ruleId: p.ruleId, param: p.param, value, quote: quotes[i], section: sections[i] }, allRules);
    if (!r.ok) throw new BadInput(`--set ${set}:\n${problemLines(r.errors, lang)}`);
    b = r.bundle;
  });
  return b;
}

/** What a bundle sets from its own text and what it inherits, one line per value. */
function describe(b: ProfileBundle, lang: Lang): string[] {
  const checked = checkBundle(b, { builtinProfiles: BUILTIN_PROFILES, builtinTexts: builtinTexts(), rules: allRules });
  if (!checked.ok) return [problemLines(checked.errors, lang)];
  const r = checked.resolved;
  const lines = [`${b.profile.id} · ${b.profile.name[lang]} · ${msg('profileCli.extends', { id: b.profile.extends ?? 'baseline' }, lang)} · 《${b.document.title}》${b.document.number ? `（${b.document.number}）` : ''}${b.document.source ? ` · ${b.document.source}` : ''}`];
  for (const rule of r.rules)
    for (const [k, s] of Object.entries(rule.paramSources))
      lines.push(`  [${originLabel(s.origin, lang)}] ${rule.rule.meta.id}.${k} = ${paramValue(s.value)} · ${provenanceText(s, r.documents, lang)}${s.origin === 'own' && s.source ? ` 「${s.source.quote}」` : ''}`);
  return lines;
}

const command: Command = {
  name: 'profile',
  summary: 'cli.cmd.profile.summary',
  usage: 'cli.cmd.profile.usage',
  async run(args, io) {
    const [sub, ...rest] = args;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        document: { type: 'string' },
        id: { type: 'string' },
        name: { type: 'string' },
        title: { type: 'string' },
        number: { type: 'string' },
        place: { type: 'string' },
        source: { type: 'string' },
        extends: { type: 'string', default: 'baseline' },
        set: { type: 'string', multiple: true, default: [] },
        quote: { type: 'string', multiple: true, default: [] },
        section: { type: 'string', multiple: true, default: [] },
        out: { type: 'string' },
        text: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
      },
    });
    const lang = runLang();
    if (sub === 'new') {
      for (const k of ['document', 'id', 'title', 'place', 'out'] as const) if (!values[k]) throw new BadInput(msg('cli.required', { option: `--${k}` }));
      let text: string;
      try {
        const path = resolvePath(io.cwd, values.document!);
        text = await readDocument(values.document!, io.readBytes ? await io.readBytes(path) : new Uint8Array(await readFile(path)));
      } catch (e) {
        if (e instanceof DocumentRefused) throw new BadInput(`--document: ${e[lang]}`);
        throw new BadInput(`--document ${values.document}：${errorText(e, msg('cli.cannotRead', { path: values.document!, code: (e as NodeJS.ErrnoException).code ?? '' }))}`);
      }
      let b = newBundle({
        id: values.id!,
        name: values.name ?? values.title!,
        extends: values.extends!,
        file: values.id!,
        title: values.title!,
        number: values.number,
        place: values.place!,
        source: values.source ?? basename(values.document!),
        text,
      });
      b = applySets(b, values.set!, values.quote!, values.section!, lang);
      const checked = checkBundle(b, { builtinProfiles: BUILTIN_PROFILES, builtinTexts: builtinTexts(), rules: allRules });
      if (!checked.ok) throw new BadInput(problemLines(checked.errors, lang));
      await write(io, values.out!, JSON.stringify({ ...b, savedAt: new Date().toISOString() }, null, 2));
      io.out([...describe(b, lang), '', msg('profileCli.written', { file: values.out! }, lang)].join('\n'));
      return EXIT.ok;
    }
    if (sub === 'check') {
      if (positionals.length !== 1) throw new BadInput(msg('cli.profile.oneFile'));
      const { bundle, resolved } = await readBundle(positionals[0], io, lang);
      if (values.json) {
        io.out(JSON.stringify({ profile: bundle.profile.id, extends: bundle.profile.extends, document: { ...bundle.document, text: undefined }, values: resolved.rules.flatMap((r) => Object.entries(r.paramSources).map(([param, s]) => ({ rule: r.rule.meta.id, param, value: s.value, origin: s.origin, profile: s.profile, source: s.source }))) }, null, 2));
      } else io.out([...describe(bundle, lang), '', msg('profileCli.valid', undefined, lang)].join('\n'));
      return EXIT.ok;
    }
    if (sub === 'export') {
      if (positionals.length !== 1 || !values.out) throw new BadInput(msg('cli.profile.oneFileOut'));
      const { bundle } = await readBundle(positionals[0], io, lang);
      await write(io, values.out, JSON.stringify({ ...bundle, savedAt: new Date().toISOString() }, null, 2));
      if (values.text) await write(io, values.text, bundle.document.text);
      io.out(msg('profileCli.exported', { files: `${values.out}${values.text ? `, ${values.text}` : ''}` }, lang));
      return EXIT.ok;
    }
    throw new BadInput(msg('cli.profile.sub', { value: sub ?? '' }));
  },
};

export default command;
