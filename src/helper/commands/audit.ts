import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyChain, type Anchor } from '../../core/audit';
import { Archive } from '../native-host/archive';
import { BadInput, EXIT, type CommandIO } from '../io';
import type { Command } from '../command';

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
    throw new BadInput(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    try {
      return { entries: text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)), anchors: [] };
    } catch {
      throw new BadInput(`${path} is neither a data export (JSON) nor an audit log (JSON lines)`);
    }
  }
  if (Array.isArray(doc)) return { entries: doc, anchors: [] };
  const data = (doc as { data?: { audit?: unknown; evidence?: unknown } } | null)?.data;
  if (!data || !Array.isArray(data.audit)) throw new BadInput(`${path} holds no audit log (expected the extension's data export, with data.audit)`);
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
  summary: 'verify an exported audit log against the heads filed to the archive / 核验审计日志',
  usage: 'audit verify EXPORT [--archive DIR] [--json]',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { archive: { type: 'string' }, json: { type: 'boolean', default: false } } });
    if (positionals[0] !== 'verify' || positionals.length !== 2) throw new BadInput('usage: dra audit verify EXPORT [--archive DIR]');
    const { entries, anchors } = await readExport(positionals[1], io);
    if (values.archive) {
      if (!existsSync(values.archive) || !statSync(values.archive).isDirectory()) throw new BadInput(`--archive ${values.archive} is not a folder`);
      for (const a of await new Archive(values.archive).heads()) anchors.push(a);
    }
    const check = verifyChain(entries, anchors);
    if (values.json) io.out(JSON.stringify({ ...check, anchorsGiven: anchors.length }, null, 2));
    else if (check.ok) {
      io.out(`审计日志完整：${check.length} 条，与 ${anchors.length} 个锚点一致 / the audit log holds: ${check.length} entries, consistent with ${anchors.length} anchors`);
      if (check.erased) io.out(`  ⚠ 日志曾被清除：第 0–${check.erased.entries - 1} 条已删除，留有墓碑记录（${check.erased.at}，${check.erased.by}） / the log was erased: entries 0–${check.erased.entries - 1} removed, tombstone at ${check.erased.at} (${check.erased.by})`);
      if (!anchors.length) io.out('  ⚠ 没有锚点可比对：截断或重写无法发现；请给出 --archive DIR / no anchor to compare with: a truncation or rewrite cannot be seen; give --archive DIR');
    } else io.out(`✖ 审计日志在第 ${check.brokenAt} 条处与记录不符 / the audit log differs at entry ${check.brokenAt}: ${check.reason}`);
    return check.ok ? EXIT.ok : EXIT.findings;
  },
};

export default command;
