import { parseArgs } from 'node:util';
import { citeTitle, documentOf } from '../../core/profiles';
import { msg } from '../../i18n';
import { provenanceBoth, provenanceText, severityChangeText } from '../../i18n/provenance';
import { SEVERITY_BASIS } from '../../core/rules/severity-wording';
import { runLang } from '../io';
import { citationLine, riskInWords } from '../../i18n/cite';
import { paramLabel, paramValue } from '../../i18n/param-label';
import { profileName } from '../../i18n/profile-name';
import { loadProfileArg } from '../profile-arg';
import type { Command } from '../command';

const command: Command = {
  name: 'rules',
  summary: 'cli.cmd.rules.summary',
  usage: 'cli.cmd.rules.usage',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { profile: { type: 'string', default: 'baseline' }, json: { type: 'boolean', default: false }, lang: { type: 'string' } },
    });
    const lang = runLang();
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
    const name = (id: string) => (id === profile.id && profile.name ? profile.name[lang] : profileName(id, lang));
    const lines = [msg('cli.rules.head', { chain: profile.chain.map(name).join(' → '), n: rows.length }), msg('rules.ownText', { document: own }, lang)];
    for (const r of profile.rules) {
      const id = r.rule.meta.id;
      // The rule id stays (staff look it up, and --set names it); severity and cases in words.
      const cases = r.rule.meta.risk.map((t) => `${riskInWords(t).kind}${t}`);
      lines.push('', `${id}  [${[msg(`cli.sev.${r.severity}`), ...cases].join(' · ')}]${r.enabled ? '' : msg('cli.rules.disabled')}`, `  ${r.rule.meta.docs[lang]}`);
      if (r.severitySetBy) lines.push(`  ${severityChangeText(r.severitySetBy, lang)}`);
      for (const [k, s] of Object.entries(r.paramSources)) lines.push(`  ${paramLabel(k)}（${id}.${k}）＝ ${paramValue(s.value)} · ${provenanceText(s, docs, lang)}`);
      for (const c of r.rule.meta.citations) lines.push(`  ${msg('cli.cites')}：${citationLine(c)}`);
    }
    io.out(lines.join('\n'));
    return 0;
  },
};

export default command;
