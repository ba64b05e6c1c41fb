import { readFile } from 'node:fs/promises';

/** What a command may touch, so tests can run commands in-process and read what they print. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<string>;
  /** Binary reads and writes (spreadsheets, reports); node:fs when absent. */
  readBytes?(path: string): Promise<Uint8Array>;
  writeFile?(path: string, data: Uint8Array | string): Promise<void>;
  cwd: string;
  /** The day the command runs, for deadline rules (injected by tests). */
  today?: string;
}

export const processIO: CommandIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  readFile: (p) => readFile(p, 'utf8'),
  cwd: process.cwd(),
};

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

/** A usage or input problem: printed with its reason, exit code 2. */
export class BadInput extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadInput';
  }
}

export type Lang = 'zh' | 'en';

export function parseLang(v: string | undefined): Lang {
  if (v === undefined || v === 'zh' || v === 'zh-CN') return 'zh';
  if (v === 'en') return 'en';
  throw new BadInput(`--lang must be zh or en, got "${v}"`);
}

/** A file named on the command line, as bytes (through the io's reader in tests); unreadable → BadInput naming it. */
export async function readInputBytes(file: string, io: CommandIO): Promise<Uint8Array> {
  try {
    return new Uint8Array(io.readBytes ? await io.readBytes(file) : await readFile(file));
  } catch (e) {
    throw new BadInput(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
