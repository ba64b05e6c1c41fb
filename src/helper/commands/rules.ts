import { parseArgs } from 'node:util';
import { loadProfile } from '../../core/profiles';
import { parseLang } from '../io';
import type { Command } from '../command';

const command: Command = {
  name: 'rules',
  summary: 'list every rule with its citation and parameters / 列出全部规则及出处',
  usage: 'rules [--profile ID] [--json] [--lang zh|en]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { profile: { type: 'string', default: 'baseline' }, json: { type: 'boolean', default: false }, lang: { type: 'string' } },
    });
    const lang = parseLang(values.lang);
    const profile = loadProfile(values.profile);
    const rows = profile.rules.map((r) => ({
      id: r.rule.meta.id,
      scope: r.rule.meta.scope,
      severity: r.severity,
      enabled: r.enabled,
      risk: r.rule.meta.risk,
      docs: r.rule.meta.docs,
      citations: r.rule.meta.citations,
      params: r.params,
      paramSources: r.paramSources,
      messages: r.rule.meta.messages,
    }));
    if (values.json) {
      io.out(JSON.stringify({ profile: profile.id, chain: profile.chain, rules: rows }, null, 2));
      return 0;
    }
    const lines = [`profile: ${profile.chain.join(' → ')} · ${rows.length} rules`];
    for (const r of rows) {
      lines.push('', `${r.id}  [${r.severity}${r.risk.length ? ` ${r.risk.join(' ')}` : ''}]${r.enabled ? '' : ' (disabled)'}`, `  ${r.docs[lang]}`);
      const p = r.params as Record<string, unknown>;
      if (Object.keys(p).length) lines.push(`  params: ${JSON.stringify(p)}`);
      for (const c of r.citations) lines.push(`  ${c.file.replace(/\.txt$/, '')} ${c.section} 「${c.quote}」`);
    }
    io.out(lines.join('\n'));
    return 0;
  },
};

export default command;
