import type { MessageKey } from '../i18n';
import type { CommandIO } from './io';

/** One `dra` sub-command: one file under commands/, registered in cli.ts; its words are in the catalogue. */
export interface Command {
  name: string;
  /** What it does (cli.cmd.<name>.summary). */
  summary: MessageKey;
  /** Its arguments, after `dra ` (cli.cmd.<name>.usage: option names as typed, placeholders in the language). */
  usage: MessageKey;
  run(args: string[], io: CommandIO): Promise<number>;
}
