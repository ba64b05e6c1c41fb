import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyChain, type Anchor } from '../../core/audit';
import { Archive } from '../native-host/archive';
import { BadInput, EXIT, type CommandIO } from '../io';
import type { Command } from '../command';
import { msg } from '../../i18n';
import { chainBreakText } from '../../ui/audit-break';
import { formatDateTime } from '../../i18n/time';

/**
 * The log and its own anchors from an exported file: the extension's data export (`dra-export/1`: the
 * audit table, and the heads its evidence files carry), a JSON array of entries, or JSON lines (the
 * helper's own log).
 */
async function readExport(path: string, io: CommandIO): Promise<{ entries: unknown[]; anchors: Anchor[] }> {
  let text: string;
  try {
    text = (await io.readFile(path)).replace(/^\uFEFF/, '');
  } catch (e) {
    throw new BadInput(msg('cli.cannotRead', { path, code: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    try {
      return { entries: text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)), anchors: [] };
    } catch {
      throw new BadInput(msg('cli.audit.notLog', { path }));
    }
  }
  if (Array.isArray(doc)) return { entries: doc, anchors: [] };
  const data = (doc as { data?: { audit?: unknown; evidence?: unknown } } | null)?.data;
  if (!data || !Array.isArray(data.audit)) throw new BadInput(msg('cli.audit.noAudit', { path }));
  const anchors: Anchor[] = [];
  for (const row of Array.isArray(data.evidence) ? data.evidence : []) {
    const a = (row as { id?: unknown; evidence?: { audit?: { length?: unknown; headHash?: unknown }; generatedAt?: unknown } })?.evidence;
    if (typeof a?.audit?.headHash === 'string' && typeof a.audit.length === 'number' && a.audit.length > 0)
      anchors.push({ length: a.audit.length, head: a.audit.headHash, at: typeof a.generatedAt === 'string' ? a.generatedAt : undefined, source: `evidence #${String((row as { id?: unknown }).id ?? '?')} in the export` });
  }
  // Entries in seq order, as the extension keeps them.
  const entries = [...data.audit].sort((a, b) => Number((a as { seq?: unknown }).seq) - Number((b as { seq?: unknown }).seq));
  return { entries, anchors };
}

const command: Command = {
  name: 'audit',
  summary: 'cli.cmd.audit.summary',
  usage: 'cli.cmd.audit.usage',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { archive: { type: 'string' }, json: { type: 'boolean', default: false } } });
    if (positionals[0] !== 'verify' || positionals.length !== 2) throw new BadInput(msg('cli.audit.verifyOnly'));
    const { entries, anchors } = await readExport(positionals[1], io);
    if (values.archive) {
      if (!existsSync(values.archive) || !statSync(values.archive).isDirectory()) throw new BadInput(msg('cli.notFolder', { option: '--archive', path: values.archive }));
      for (const a of await new Archive(values.archive).heads()) anchors.push(a);
    }
    const check = verifyChain(entries, anchors);
    if (values.json) io.out(JSON.stringify({ ...check, anchorsGiven: anchors.length }, null, 2));
    else if (check.ok) {
      io.out(msg('cli.audit.holds', { n: check.length, anchors: anchors.length }));
      if (check.erased) io.out(`  ⚠ ${msg('cli.audit.erased', { last: check.erased.entries - 1, at: formatDateTime(check.erased.at), by: check.erased.by })}`);
      if (!anchors.length) io.out(`  ⚠ ${msg('cli.audit.noAnchor')}`);
    } else io.out(`✖ ${msg('cli.audit.broken', { n: check.brokenAt, reason: chainBreakText(check.why) })}`);
    return check.ok ? EXIT.ok : EXIT.findings;
  },
};

export default command;
