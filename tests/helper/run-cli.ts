import { readFile } from 'node:fs/promises';
import { main } from '../../src/helper/cli';

/** Run `dra ARGS` in-process and capture what it prints. */
export async function runCli(args: string[], today = '2026-11-23') {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (t) => void (stdout += `${t}\n`),
    err: (t) => void (stderr += `${t}\n`),
    readFile: (p) => readFile(p, 'utf8'),
    cwd: process.cwd(),
    today,
  });
  return { code, stdout, stderr };
}
