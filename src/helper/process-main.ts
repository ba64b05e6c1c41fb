/**
 * `dra` as a process (bin/dra.mjs, the bundled dra.cjs, the single executable): a reader that closes
 * the pipe early (`dra schema | head`) ends the run quietly, and nothing the user can type ends in a
 * stack trace — an unexpected error is one line naming it (the trace only with DRA_DEBUG=1), exit 2.
 */
import { main } from './cli';
import { EXIT } from './io';
import { msg } from '../i18n';

export async function processMain(argv: string[]): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      // EPIPE: the reader has gone, so there is no one left to tell; stop without a trace.
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
      throw e;
    });
  }
  try {
    process.exitCode = await main(argv);
  } catch (e) {
    process.exitCode = EXIT.badInput;
    const err = e as Error;
    // The error's own words are the program's (English): said, since nothing is silent, after ours.
    process.stderr.write(`dra：${msg('cli.unexpected', { detail: err?.message ?? String(e) })}\n${process.env.DRA_DEBUG ? `${err?.stack}\n` : `${msg('cli.debugHint')}\n`}`);
  }
}
