#!/usr/bin/env node
// The helper's entry point: runs the TypeScript sources through tsx, so `npx dra` works from the repo
// without a build step and the helper always runs the same src/core as the extension.
// (`npm run package` bundles the same sources into one file, dist/dra.cjs, that needs no node_modules.)
import { register } from 'tsx/esm/api';

register();
const { processMain } = await import('../src/helper/process-main.ts');
await processMain(process.argv.slice(2));
