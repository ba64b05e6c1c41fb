/**
 * Static fixture pages of other platforms served on 127.0.0.1 at a free port, each at the path its
 * platform serves it (query strings ignored), so the extension meets them as it meets the platform.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  url: string;
  close(): Promise<void>;
}

/** path → file; anything else is 404. */
export async function serveFixtures(routes: Record<string, string>): Promise<FixtureServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = routes[path];
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  // The browser keeps its connections alive: close() alone would wait for them (about a minute per file).
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

/** The Zhejiang 协同监管 platform's pages (tests/fixtures/zhejiang) at the platform's own paths. */
export const ZHEJIANG_ROUTES: Record<string, string> = {
  '/syn/sccheck/pubscworkplan/addOrEditView': 'tests/fixtures/zhejiang/plan-edit.html',
  '/syn/sccheck/scplantask/addOrEditView': 'tests/fixtures/zhejiang/task-edit.html',
  '/syn/pub/server/sccheck/entback/randompage': 'tests/fixtures/zhejiang/draw-library.html',
  '/syn/pub/server/sccheck/pubsccheckitem/pubsccheckitemlist': 'tests/fixtures/zhejiang/item-list-page.html',
  '/syn/sccheck/pubscentresult/addscresultpage': 'tests/fixtures/zhejiang/result-entry.html',
  '/syn/sccheck/pubscentresult/auditscresultpage': 'tests/fixtures/zhejiang/result-review.html',
  '/syn/pub/server/sccheck/entagent/viewall': 'tests/fixtures/zhejiang/inspector-pairs.html',
};

/** A layui plan form no shipped adapter covers (tests/fixtures/pages/layui-plan.html). */
export const LAYUI_ROUTES: Record<string, string> = { '/layui/jh/edit': 'tests/fixtures/pages/layui-plan.html' };

/** An element-ui plan dialog no shipped adapter covers (tests/fixtures/pages/element-plan.html). */
export const ELEMENT_ROUTES: Record<string, string> = { '/oh-asm/supervision/plan/add': 'tests/fixtures/pages/element-plan.html' };
