/**
 * `npm run package`: what an office PC installs, in dist/ —
 * - the Chrome/Edge/360/Qianxin zip (wxt zip) and the Firefox file (.xpi, unsigned: Firefox ESR with
 *   signatures off, or about:debugging),
 * - the helper as one self-contained file (dra.cjs: the CLI bundled by esbuild; runs on any Node ≥ 20),
 * - the helper as Node single executable applications (no Node needed), built from dra.cjs with
 *   `node --experimental-sea-config` and postject: dra-linux-x64 (on Linux x64) and dra-win-x64.exe
 *   (cross-built on any OS from the npm registry's node.exe of the same Node version: windows-node.ts),
 * - SHA256SUMS over them, and the Chinese installation guide (docs/install.zh.md) beside them.
 * No shell: npm runs this the same on every OS.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { windowsNode } from './windows-node';

/** The sentinel Node looks for to know it carries a blob; postject flips its last character to 1. */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const ROOT = resolve('.');
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const node = (args: string[]) => execFileSync(process.execPath, args, { stdio: 'inherit', cwd: ROOT });
const bin = (name: string, file: string) => join(ROOT, 'node_modules', name, file);

rmSync(DIST, { recursive: true, force: true });
mkdirSync(DIST, { recursive: true });
const made: string[] = [];

// 1. The extension: Chrome/Edge (and the Chromium browsers 360 and Qianxin), then Firefox.
node([bin('wxt', 'bin/wxt.mjs'), 'zip']);
node([bin('wxt', 'bin/wxt.mjs'), 'zip', '-b', 'firefox']);
const zips = readdirSync(join(ROOT, '.output')).filter((f) => f.endsWith('.zip'));
const chromeZip = zips.find((f) => f.endsWith(`${pkg.version}-chrome.zip`));
const firefoxZip = zips.find((f) => f.endsWith(`${pkg.version}-firefox.zip`));
if (!chromeZip || !firefoxZip) throw new Error(`package: wxt zip made ${zips.join(', ')}; expected the chrome and firefox zips`);
copyFileSync(join(ROOT, '.output', chromeZip), join(DIST, chromeZip));
made.push(chromeZip);
const xpi = firefoxZip.replace(/\.zip$/, '.xpi');
copyFileSync(join(ROOT, '.output', firefoxZip), join(DIST, xpi));
made.push(xpi);

// 2. The helper in one file. import.meta.url (used to find the repo's files) becomes the bundle's own URL.
await build({
  entryPoints: [join(ROOT, 'src/helper/bundle-entry.ts')],
  outfile: join(DIST, 'dra.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: false,
  legalComments: 'eof',
  define: { 'import.meta.url': '__dra_bundle_url' },
  banner: { js: `#!/usr/bin/env node\n// 双随机助手 helper ${pkg.version} (dra), one file: node dra.cjs --help\nconst __dra_bundle_url = require('node:url').pathToFileURL(__filename).href;` },
  logLevel: 'warning',
});
made.push('dra.cjs');

// 3. The single executables (Node SEA): one blob of dra.cjs (no code cache, so any OS can run it with the
// same Node version), injected into this Linux's node and into the Windows node.exe of the same version.
const config = join(DIST, 'sea-config.json');
const blob = join(DIST, 'sea-prep.blob');
writeFileSync(config, JSON.stringify({ main: join(DIST, 'dra.cjs'), output: blob, disableExperimentalSEAWarning: true }));
node(['--experimental-sea-config', config]);
const inject = (exe: string) => node([bin('postject', 'dist/cli.js'), exe, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', SEA_FUSE]);
if (process.platform === 'linux' && process.arch === 'x64') {
  const exe = join(DIST, 'dra-linux-x64');
  copyFileSync(process.execPath, exe);
  chmodSync(exe, 0o755);
  inject(exe);
  made.push(basename(exe));
} else console.warn(`package: the Linux single executable is built on Linux x64 only (this is ${process.platform}-${process.arch})`);
// Windows (most office PCs, often without Node): cross-built here from the registry's node.exe. PE needs no
// segment name (that is Mach-O); node.exe's Authenticode signature no longer matches after the injection.
const winExe = join(DIST, 'dra-win-x64.exe');
copyFileSync(windowsNode(ROOT), winExe);
inject(winExe);
made.push(basename(winExe));
rmSync(config);
rmSync(blob);

// 4. The guide, and the sums (sha256sum -c SHA256SUMS checks them).
copyFileSync(join(ROOT, 'docs/install.zh.md'), join(DIST, 'install.zh.md'));
made.push('install.zh.md');
const sums = made.map((f) => `${createHash('sha256').update(readFileSync(join(DIST, f))).digest('hex')}  ${f}`);
writeFileSync(join(DIST, 'SHA256SUMS'), `${sums.join('\n')}\n`);
console.log(`\n安装包 / packages in ${DIST}:\n${sums.map((s) => `  ${s}`).join('\n')}`);
