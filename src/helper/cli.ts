import { processIO, BadInput, EXIT, type CommandIO } from './io';
import { ProfileError } from '../core/profiles/resolve';
import type { Command } from './command';
import check from './commands/check';
import rules from './commands/rules';
import schema from './commands/schema';
import draw from './commands/draw';
import verify from './commands/verify';
import announce from './commands/announce';
import contribute from './commands/contribute';
import sandbox from './commands/sandbox';
import installNativeHost from './commands/install-native-host';
import uninstallNativeHost from './commands/uninstall-native-host';
import nativeHost from './commands/native-host';
import registryImport from './commands/import';
import audit from './commands/audit';
import profile from './commands/profile';
import archive from './commands/archive';

export const COMMANDS: Command[] = [check, rules, profile, schema, announce, contribute, draw, verify, audit, sandbox, registryImport, archive, installNativeHost, uninstallNativeHost, nativeHost];

function help(): string {
  const lines = ['dra — 双随机助手 helper / Double-Random Assistant helper', '', 'Commands:'];
  for (const c of COMMANDS) lines.push(`  ${c.usage.padEnd(58)} ${c.summary}`);
  lines.push('', 'Exit codes: 0 no errors, 1 errors found, 2 bad input.');
  return lines.join('\n');
}

/** Run `dra ARGS`; returns the exit code. */
export async function main(argv: string[], io: CommandIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? EXIT.ok : EXIT.badInput;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`dra: unknown command "${name}"\n\n${help()}`);
    return EXIT.badInput;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof BadInput || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`dra ${name}: ${(e as Error).message}\nusage: dra ${cmd.usage}`);
      return EXIT.badInput;
    }
    // A bad --profile from any command (check, rules, draw): the reason, with the known ids.
    if (e instanceof ProfileError) {
      io.err(`dra ${name}: ${e.errors.map((x) => `${x.path}: ${x.zh} / ${x.en}`).join('\n')}`);
      return EXIT.badInput;
    }
    // A file that cannot be read or written: name it, no trace.
    const sys = e as NodeJS.ErrnoException;
    if (sys.code && sys.syscall && sys.path) {
      io.err(`dra ${name}: 无法${sys.syscall === 'open' || sys.syscall === 'read' ? '读取' : '访问'} ${sys.path}（${sys.code}）/ cannot ${sys.syscall} ${sys.path} (${sys.code})`);
      return EXIT.badInput;
    }
    throw e;
  }
}
