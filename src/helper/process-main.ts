/**
 * `dra` as a process (bin/dra.mjs, the bundled dra.cjs, the single executable): a reader that closes
 * the pipe early (`dra schema | head`) ends the run quietly, and nothing the user can type ends in a
 * stack trace — an unexpected error is one line naming it (the trace only with DRA_DEBUG=1), exit 2.
 */
import { main } from './cli';
import { EXIT } from './io';

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
    process.stderr.write(`dra: 意外错误 / unexpected error: ${err?.message ?? String(e)}\n${process.env.DRA_DEBUG ? `${err?.stack}\n` : '（设置 DRA_DEBUG=1 可看详细信息 / set DRA_DEBUG=1 for details）\n'}`);
  }
}
