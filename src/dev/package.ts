/**
 * `npm run package`: what an office PC installs, in dist/ —
 * - the Chrome/Edge/360/Qianxin zip (wxt zip) and the Firefox file (.xpi, unsigned: Firefox ESR with
 *   signatures off, or about:debugging),
 * - the helper as one self-contained file (dra.cjs: the CLI bundled by esbuild; runs on any Node ≥ 20),
 * - on Linux x64 the helper as a Node single executable application (dra-linux-x64: no Node needed),
 *   built from dra.cjs with `node --experimental-sea-config` and postject,
 * - SHA256SUMS over them, and the Chinese installation guide (docs/install.zh.md) beside them.
 * No shell: npm runs this the same on every OS.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';

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

// 3. The single executable (Node SEA) for Linux x64, where this runs there.
if (process.platform === 'linux' && process.arch === 'x64') {
  const exe = join(DIST, 'dra-linux-x64');
  const config = join(DIST, 'sea-config.json');
  writeFileSync(config, JSON.stringify({ main: join(DIST, 'dra.cjs'), output: join(DIST, 'sea-prep.blob'), disableExperimentalSEAWarning: true }));
  node(['--experimental-sea-config', config]);
  copyFileSync(process.execPath, exe);
  chmodSync(exe, 0o755);
  node([bin('postject', 'dist/cli.js'), exe, 'NODE_SEA_BLOB', join(DIST, 'sea-prep.blob'), '--sentinel-fuse', 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2']);
  rmSync(config);
  rmSync(join(DIST, 'sea-prep.blob'));
  made.push(basename(exe));
} else console.warn(`package: the single executable is built on Linux x64 only (this is ${process.platform}-${process.arch})`);

// 4. The guide, and the sums (sha256sum -c SHA256SUMS checks them).
copyFileSync(join(ROOT, 'docs/install.zh.md'), join(DIST, 'install.zh.md'));
made.push('install.zh.md');
const sums = made.map((f) => `${createHash('sha256').update(readFileSync(join(DIST, f))).digest('hex')}  ${f}`);
writeFileSync(join(DIST, 'SHA256SUMS'), `${sums.join('\n')}\n`);
console.log(`\n安装包 / packages in ${DIST}:\n${sums.map((s) => `  ${s}`).join('\n')}`);
