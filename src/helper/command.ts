import type { CommandIO } from './io';

/** One `dra` sub-command: one file under commands/, registered in cli.ts. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CommandIO): Promise<number>;
}
