#!/usr/bin/env node
// The helper's native messaging host, started by the browser through the launcher that
// `dra install-native-host` writes. Runs the TypeScript sources through tsx, as bin/dra.mjs does.
import { register } from 'tsx/esm/api';

register();
const { runNativeHost } = await import('../src/helper/native-host/main.ts');
process.exitCode = await runNativeHost(process.argv.slice(2));
