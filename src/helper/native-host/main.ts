import { Archive } from './archive';
import { serve } from './host';
import { msg } from '../../i18n';

/**
 * The process the browser starts (through the launcher `dra install-native-host` writes): the
 * archive folder comes from the launcher, stdout carries only protocol frames, and logging goes to
 * stderr (the browser shows it in its own log).
 */
export async function runNativeHost(argv: string[]): Promise<number> {
  const i = argv.indexOf('--archive');
  const root = i >= 0 ? argv[i + 1] : process.env.DRA_ARCHIVE;
  if (!root) {
    process.stderr.write(`dra native-host：${msg('cli.required', { option: '--archive' })}\n`);
    return 2;
  }
  const counts = await serve(new Archive(root), process.stdin, process.stdout);
  process.stderr.write(`dra native-host：${msg('cli.host.served', { handled: counts.handled, refused: counts.refused })}${counts.closed ? msg('cli.host.closed') : ''}\n`);
  return 0;
}
