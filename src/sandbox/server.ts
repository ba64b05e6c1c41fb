import { langOf, withLang } from '../i18n';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SandboxStore } from './store';
import { BodyError, checkRequest, parseForm, readBody } from './guard';
import type { Handler, Reply } from './pages/common';
import { shell } from './pages/shell';
import { planEdit, planList, planSave } from './pages/plans';
import { taskEdit, taskList, taskSave } from './pages/tasks';
import { drawTaskList, lockList, lookList, randomDraw, randomPage, saveStrategy } from './pages/draw';
import { agentPage, agentRandom } from './pages/agents';
import { resultEdit, resultList, resultReview, resultReviewPage, resultSave } from './pages/results';
import { registryExport } from './pages/registry-export';
import { agentLib, agentLibData, itemList, objectLib, objectLibData, publicPage } from './pages/registries';
import { ceremonyAnnounce, ceremonyFile, ceremonyPage, ceremonyRun, exampleAsk, exampleLoad, loadScenarioFolder, rulesPage, scenarioCheckJson, scenarioFix, scenarioList, scenarioStart, scenarioView } from './pages/trainer';
import { agentLibExport, objectLibExport } from './pages/registry-xlsx';

const E = '/syn/pub/server/sccheck/entback';
const GET: Record<string, Handler> = {
  '/': shell,
  '/index': shell,
  '/syn/sccheck/pubscworkplan': planList,
  '/syn/sccheck/pubscworkplan/edit': planEdit,
  '/syn/sccheck/scplantask': taskList,
  '/syn/sccheck/scplantask/edit': taskEdit,
  [`${E}/tasklist`]: drawTaskList,
  [`${E}/randompage`]: randomPage,
  [`${E}/look`]: lookList,
  [`${E}/registries`]: registryExport,
  '/syn/pub/server/sccheck/entagent': agentPage,
  '/syn/sccheck/pubscentresult': resultList,
  '/syn/sccheck/pubscentresult/edit': resultEdit,
  '/syn/sccheck/pubscentresult/reviewpage': resultReviewPage,
  '/syn/sccheck/itemlist': itemList,
  '/syn/sccheck/entlib': objectLib,
  '/syn/sccheck/entlib/data': objectLibData,
  '/syn/sccheck/agentlib': agentLib,
  '/syn/sccheck/agentlib/data': agentLibData,
  '/syn/sccheck/entlib/export': objectLibExport,
  '/syn/sccheck/agentlib/export': agentLibExport,
  '/pub/gov': publicPage,
  // Trainer mode (see src/sandbox/pages/trainer.tsx).
  '/dra': scenarioList,
  '/dra/scenarios': scenarioList,
  '/dra/scenario': scenarioView,
  '/dra/scenario/check.json': scenarioCheckJson,
  '/dra/rules': rulesPage,
  // Asks only: the reset is the POST below (no state change on GET: a cross-site link or image must not reseed).
  '/dra/example': exampleAsk,
  '/dra/ceremony': ceremonyPage,
  '/dra/ceremony/file': ceremonyFile,
};
const POST: Record<string, Handler> = {
  '/syn/sccheck/pubscworkplan/save': planSave,
  '/syn/sccheck/scplantask/save': taskSave,
  [`${E}/savestrategy`]: saveStrategy,
  [`${E}/random`]: randomDraw,
  [`${E}/lock`]: lockList,
  '/syn/pub/server/sccheck/entagent/random': agentRandom,
  '/syn/sccheck/pubscentresult/save': resultSave,
  '/syn/sccheck/pubscentresult/review': resultReview,
  '/dra/example': exampleLoad,
  '/dra/scenario/start': scenarioStart,
  '/dra/scenario/fix': scenarioFix,
  '/dra/ceremony/announce': ceremonyAnnounce,
  '/dra/ceremony/draw': ceremonyRun,
};

/**
 * The platform serves each module twice, /syn/ (协同: other departments) and /reg/ (the market
 * regulator's own side); the sandbox serves the same pages under both.
 */
export const route = (pathname: string) => (pathname.replace(/\/$/, '') || '/').replace(/^\/reg\//, '/syn/');

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
/** The real widget libraries, served from node_modules as the platform serves its own copies. */
const VENDOR: Record<string, () => string> = {
  jquery: () => join(pkgDir('jquery'), 'dist'),
  select2: () => join(pkgDir('select2'), 'dist'),
  layui: () => join(pkgDir('layui'), 'dist'),
  datatables: () => join(pkgDir('datatables.net'), 'js'),
  validate: () => join(pkgDir('jquery-validation'), 'dist'),
};
const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.png': 'image/png', '.gif': 'image/gif' };

async function staticFile(path: string): Promise<Reply | undefined> {
  let file: string | undefined;
  const m = /^\/static\/vendor\/([a-z0-9]+)\/(.+)$/.exec(path);
  if (m && VENDOR[m[1]]) {
    const base = m[1] === 'datatables' && m[2].endsWith('.css') ? join(pkgDir('datatables.net-dt'), 'css') : VENDOR[m[1]]();
    file = join(base, normalize(m[2]).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(base + sep)) return undefined;
  } else if (/^\/static\/(platform\.(js|css)|trainer\.js)$/.test(path)) file = join(here, 'assets', path.slice('/static/'.length));
  if (!file) return undefined;
  try {
    return { type: TYPES[extname(file)] ?? 'application/octet-stream', body: (await readFile(file)) as unknown as string };
  } catch {
    return undefined;
  }
}

/** Serve the sandbox on 127.0.0.1 only; port 0 picks a free port. */
/**
 * How long a client may take and how many may connect at once: a page on any site can make the browser open
 * connections to 127.0.0.1 and trickle bytes into them, so slow and numerous sockets are closed, not waited on.
 */
export interface ServerLimits {
  /** Until the request's headers are in (ms). */
  headersMs: number;
  /** Until the whole request, body included, is in (ms). */
  requestMs: number;
  /** Open connections at once; more are closed as they arrive. */
  connections: number;
}
export const SERVER_LIMITS: ServerLimits = { headersMs: 5_000, requestMs: 10_000, connections: 64 };

/** Served on every answer: only the sandbox's own pages may frame it (its shell frames its pages), no other site. */
const NO_FOREIGN_FRAMES = { 'x-frame-options': 'SAMEORIGIN', 'content-security-policy': "frame-ancestors 'self'" } as const;

/** The GET routes, for the test that no GET changes the sandbox's state. */
export const GET_ROUTES = (): string[] => Object.keys(GET);

export async function startSandbox(opts: { port?: number; dataDir: string; reset?: boolean; scenarios?: string; limits?: Partial<ServerLimits> }): Promise<{ server: Server; url: string; store: SandboxStore }> {
  const store = new SandboxStore(opts.dataDir, { reset: opts.reset });
  if (opts.scenarios) loadScenarioFolder(opts.scenarios);
  const limits = { ...SERVER_LIMITS, ...opts.limits };
  let port = 0;
  const server = createServer({
    headersTimeout: limits.headersMs,
    requestTimeout: limits.requestMs,
    // Node looks for expired requests every 30 s by default, which let slow sockets live for 21 s / 51 s.
    connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(limits.headersMs / 4))),
  }, async (req, res) => {
    for (const [k, v] of Object.entries(NO_FOREIGN_FRAMES)) res.setHeader(k, v);
    const plain = (status: number, text: string) => res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }).end(text);
    // Wrong Host (DNS rebinding), cross-origin writes, odd methods and paths are refused before any handler.
    const refusal = checkRequest(req, port);
    if (refusal) {
      req.resume();
      res.setHeader('connection', 'close');
      plain(refusal.status, `${refusal.status} ${refusal.reason}`);
      return;
    }
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = req.method === 'POST' ? await readBody(req) : '';
      const form = parseForm(body, req.headers['content-type']);
      const handler = (req.method === 'POST' ? POST : GET)[route(url.pathname)];
      // Trainer pages speak the browser's language (Accept-Language); the handlers render synchronously.
      const reply = handler ? await withLang(langOf(req.headers['accept-language']), () => handler(store, { path: url.pathname, query: url.searchParams, form, method: req.method ?? 'GET' })) : req.method === 'GET' ? await staticFile(url.pathname) : undefined;
      if (!reply) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 页面不存在');
        return;
      }
      res
        .writeHead(reply.status ?? 200, {
          'content-type': reply.type ?? 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
          ...(reply.location ? { location: reply.location } : {}),
          ...(reply.disposition ? { 'content-disposition': reply.disposition } : {}),
          ...(reply.download ? { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(reply.download)}` } : {}),
        })
        .end(reply.body);
    } catch (e) {
      if (e instanceof BodyError) {
        res.setHeader('connection', 'close');
        plain(e.status, `${e.status} ${e.message}`);
        return;
      }
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`500 服务器错误: ${(e as Error).message}`);
    }
  });
  // A slow or never-ending request cannot hold the server (timeouts above), nor can many at once.
  server.maxConnections = limits.connections;
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : (opts.port ?? 0);
  return { server, url: `http://127.0.0.1:${port}/`, store };
}
