import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { msg } from '../../i18n';
import { formatDateTime } from '../../i18n/time';
import { Archive } from '../native-host/archive';
import { DEFAULT_ARCHIVE } from '../native-host/options';
import { BadInput, EXIT } from '../io';
import type { Command } from '../command';

/** `dra archive list`: what the extension filed (一户一档), per task in filing order, times in Beijing time. */
const command: Command = {
  name: 'archive',
  summary: 'list what the archive holds, per task in filing order / 列出本地档案',
  usage: 'archive list [TASK] [--archive DIR] [--json]',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { archive: { type: 'string', default: DEFAULT_ARCHIVE }, json: { type: 'boolean', default: false } } });
    if (positionals[0] !== 'list' || positionals.length > 2) throw new BadInput(msg('cli.archive.usage'));
    const root = values.archive!;
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new BadInput(msg('cli.archive.noFolder', { dir: root }));
    const tasks = await new Archive(root).list(positionals[1]);
    if (values.json) {
      io.out(JSON.stringify({ archive: root, tasks }, null, 2));
      return EXIT.ok;
    }
    const files = tasks.reduce((n, t) => n + t.files.length, 0);
    const lines = [msg('cli.archive.head', { dir: root, tasks: tasks.length, files })];
    for (const t of tasks) {
      lines.push(msg(t.folder === t.taskId ? 'cli.archive.task' : 'cli.archive.taskFolder', { task: t.taskId, folder: t.folder }));
      for (const f of t.files) lines.push(`  ${formatDateTime(f.filedAt)}  ${msg(`cli.archive.kind.${f.kind}`)}  ${f.file}  ${msg('cli.archive.bytes', { n: f.bytes })}`);
    }
    if (!tasks.length) lines.push(msg(positionals[1] ? 'cli.archive.noTask' : 'cli.archive.empty', { task: positionals[1] ?? '' }));
    io.out(lines.join('\n'));
    return EXIT.ok;
  },
};

export default command;
