/**
 * The command that starts this helper again (a launcher written by install-native-host runs it):
 * the single executable alone, or node with the bundled dra.cjs or bin/dra.mjs of the repository.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function selfCommand(isSea: () => boolean = seaCheck): string[] {
  if (isSea()) return [process.execPath];
  const script = process.argv[1] ? resolve(process.argv[1]) : '';
  if (/^dra(\.c?m?js)?$/.test(basename(script))) return [process.execPath, script];
  // Run in-process (tests, tsx src/helper/cli.ts): the repository's entry point.
  return [process.execPath, join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'dra.mjs')];
}

function seaCheck(): boolean {
  try {
    // node:sea exists from Node 20.12; require is there in the CommonJS bundle the executable runs.
    return typeof require === 'function' && (require('node:sea') as { isSea(): boolean }).isSea();
  } catch {
    return false;
  }
}
