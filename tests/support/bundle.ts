import { build } from 'esbuild';

/** Bundle a TypeScript module for a plain browser page, exposing its exports as window[globalName]. */
export async function bundleForBrowser(entry: string, globalName: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'es2022',
    // seedrandom probes for node's crypto inside a try/catch; in the page it is simply absent.
    external: ['crypto'],
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}
