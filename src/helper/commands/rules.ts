import { parseArgs } from 'node:util';
import { citeTitle, documentOf } from '../../core/profiles';
import { msg } from '../../i18n';
import { provenanceBoth, provenanceText, severityChangeText } from '../../i18n/provenance';
import { SEVERITY_BASIS } from '../../core/rules/severity-wording';
import { parseLang } from '../io';
import { loadProfileArg } from '../profile-arg';
import type { Command } from '../command';

const command: Command = {
  name: 'rules',
  summary: 'list every rule with its citation, parameters and where each value comes from / 列出全部规则、出处及各参数来源',
  usage: 'rules [--profile ID|FILE] [--json] [--lang zh|en]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { profile: { type: 'string', default: 'baseline' }, json: { type: 'boolean', default: false }, lang: { type: 'string' } },
    });
    const lang = parseLang(values.lang);
    const profile = await loadProfileArg(values.profile, undefined, io, lang);
    const docs = profile.documents;
    const rows = profile.rules.map((r) => ({
      id: r.rule.meta.id,
      scope: r.rule.meta.scope,
      severity: r.severity,
      ...(r.severitySetBy ? { severitySetBy: r.severitySetBy } : {}),
      severityWords: SEVERITY_BASIS[r.rule.meta.id],
      enabled: r.enabled,
      risk: r.rule.meta.risk,
      docs: r.rule.meta.docs,
      citations: r.rule.meta.citations,
      params: r.params,
      // origin: own (the profile's own text), borrowed (another jurisdiction's text), override (the user's).
      paramSources: Object.fromEntries(
        Object.entries(r.paramSources).map(([k, s]) => [k, { ...s, provenance: provenanceBoth(s, docs) }]),
      ),
      messages: r.rule.meta.messages,
    }));
    const document = profile.document ? documentOf(profile.document, docs) : undefined;
    if (values.json) {
      io.out(JSON.stringify({ profile: profile.id, name: profile.name, chain: profile.chain, document: document ?? null, rules: rows }, null, 2));
      return 0;
    }
    const own = document ? citeTitle(document) : msg('rules.ownNone', undefined, lang);
    const lines = [`profile: ${profile.chain.join(' → ')} · ${rows.length} rules`, msg('rules.ownText', { document: own }, lang)];
    for (const r of profile.rules) {
      const id = r.rule.meta.id;
      lines.push('', `${id}  [${r.severity}${r.rule.meta.risk.length ? ` ${r.rule.meta.risk.join(' ')}` : ''}]${r.enabled ? '' : ' (disabled)'}`, `  ${r.rule.meta.docs[lang]}`);
      if (r.severitySetBy) lines.push(`  ${severityChangeText(r.severitySetBy, lang)}`);
      for (const [k, s] of Object.entries(r.paramSources)) lines.push(`  ${k} = ${JSON.stringify(s.value)} · ${provenanceText(s, docs, lang)}`);
      for (const c of r.rule.meta.citations) lines.push(`  ${c.file.replace(/\.txt$/, '')} ${c.section} 「${c.quote}」`);
    }
    io.out(lines.join('\n'));
    return 0;
  },
};

export default command;
