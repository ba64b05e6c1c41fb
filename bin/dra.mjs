#!/usr/bin/env node
// The helper's entry point: runs the TypeScript sources through tsx, so `npx dra` works from the repo
// without a build step and the helper always runs the same src/core as the extension.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/helper/cli.ts');
process.exitCode = await main(process.argv.slice(2));
