import { readFile } from 'node:fs/promises';
import { lang, msg } from '../i18n';

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

/** The language of this run: `dra` takes `--lang` off every command line (cli-args.ts) and sets it. */
export const runLang = (): Lang => lang();

/** A file named on the command line, as bytes (through the io's reader in tests); unreadable → BadInput naming it. */
export async function readInputBytes(file: string, io: CommandIO): Promise<Uint8Array> {
  try {
    return new Uint8Array(io.readBytes ? await io.readBytes(file) : await readFile(file));
  } catch (e) {
    throw new BadInput(msg('cli.cannotRead', { path: file, code: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
}

/**
 * An error from the core in the run's language: its { zh, en } halves, or a message written as
 * "中文 / English" (the core's older form), else `fallback` (a library's own English is not shown in zh).
 */
export function errorText(e: unknown, fallback: string): string {
  const x = e as { zh?: unknown; en?: unknown; message?: unknown };
  if (typeof x?.zh === 'string' && typeof x.en === 'string') return lang() === 'zh' ? x.zh : x.en;
  const m = typeof x?.message === 'string' ? /^(.*[\u4e00-\u9fff].*?) \/ (.+)$/s.exec(x.message) : null;
  if (m) return lang() === 'zh' ? m[1] : m[2];
  return lang() === 'en' && typeof x?.message === 'string' ? x.message : fallback;
}
