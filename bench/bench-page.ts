// The registry benchmarks' page (import-page-entry.ts) and its worker (import-worker-entry.ts), bundled and served
// from 127.0.0.1: a secure context, so the worker has IndexedDB, WebCrypto and the private file system.
import { createServer, type Server } from 'node:http';
import { build } from 'esbuild';

/** `port` 0: any free port (a new origin, so new databases, each time). */
export async function serveBenchPage(port = 0): Promise<{ server: Server; port: number }> {
  const bundle = (entry: string, globalName?: string) =>
    build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', globalName, platform: 'browser', logLevel: 'silent', define: { 'import.meta.env.BROWSER': '"chrome"', WORKER_URL: '"/worker.js"' } }).then((o) => o.outputFiles[0].text);
  const [worker, writer, pageJs] = [await bundle('bench/import-worker-entry.ts'), await bundle('bench/import-writer-entry.ts'), await bundle('bench/import-page-entry.ts', 'DraImportBench')];
  const server = createServer((req, res) => {
    if (req.url === '/worker.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(worker);
    else if (req.url === '/writer.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(writer);
    else if (req.url === '/page.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(pageJs);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><meta charset="utf-8"><input type="file"><script src="/page.js"></script>');
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { server, port: (server.address() as { port: number }).port };
}
