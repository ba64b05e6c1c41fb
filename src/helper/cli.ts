import { processIO, BadInput, EXIT, type CommandIO } from './io';
import { ProfileError } from '../core/profiles/resolve';
import { lang, msg, pick, setLang } from '../i18n';
import type { Command } from './command';
import { argsError, takeLang } from './cli-args';
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

/** One command's usage line and what it does. */
const usageOf = (c: Command) => `dra ${msg(c.usage)}`;

function help(): string {
  const lines = [msg('cli.help.head'), '', msg('cli.help.commands')];
  for (const c of COMMANDS) lines.push(`  ${usageOf(c)}`, `      ${msg(c.summary)}`);
  lines.push('', msg('cli.help.more'), msg('cli.help.lang'), msg('cli.help.exit'));
  return lines.join('\n');
}

/**
 * Run `dra ARGS`; returns the exit code. Every line is said in Chinese, or in English with `--lang en`
 * (anywhere on the line, for every command; the language is put back after the run).
 */
export async function main(argv: string[], io: CommandIO = processIO): Promise<number> {
  const before = lang();
  let args: string[];
  try {
    const taken = takeLang(argv);
    setLang(taken.lang);
    args = taken.args;
  } catch (e) {
    io.err(`dra: ${(e as Error).message}`);
    return EXIT.badInput;
  }
  try {
    return await run(args, io);
  } finally {
    setLang(before);
  }
}

async function run([name, ...rest]: string[], io: CommandIO): Promise<number> {
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? EXIT.ok : EXIT.badInput;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`${msg('cli.unknownCommand', { name })}\n\n${help()}`);
    return EXIT.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${msg('cli.usage', { usage: usageOf(cmd) })}\n${msg(cmd.summary)}`);
    return EXIT.ok;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    const parse = argsError(e);
    if (e instanceof BadInput || parse) {
      io.err(`dra ${name}${sep()}${parse ?? (e as Error).message}\n${msg('cli.usage', { usage: usageOf(cmd) })}`);
      return EXIT.badInput;
    }
    // A bad --profile from any command (check, rules, draw): the reason, with the known ids.
    if (e instanceof ProfileError) {
      io.err(`dra ${name}${sep()}${e.errors.map((x) => `${x.path}: ${pick(x)}`).join('\n')}`);
      return EXIT.badInput;
    }
    // A file that cannot be read or written: name it, no trace.
    const sys = e as NodeJS.ErrnoException;
    if (sys.code && sys.syscall && sys.path) {
      io.err(`dra ${name}${sep()}${msg(sys.syscall === 'open' || sys.syscall === 'read' ? 'cli.cannotRead' : 'cli.cannotAccess', { path: sys.path, code: sys.code })}`);
      return EXIT.badInput;
    }
    throw e;
  }
}

/** After `dra NAME`: a full-width colon in Chinese. */
const sep = () => (lang() === 'zh' ? '：' : ': ');
