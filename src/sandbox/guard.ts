import type { IncomingMessage } from 'node:http';

/**
 * What a local server of the helper refuses before any handler runs. The server listens on
 * 127.0.0.1 only, but a page on any site the user visits can still make the browser send requests
 * to it: by DNS rebinding (a foreign name resolving to 127.0.0.1, caught by the Host allow-list) or
 * by a cross-site form or fetch (caught on writes by Origin / Referer / Sec-Fetch-Site).
 */
export interface Refusal {
  status: number;
  reason: string;
}

export const LIMITS = {
  /** The largest form the sandbox takes: the biggest real save (a strategy of many entries) is a few KB. */
  body: 256 * 1024,
  url: 8 * 1024,
};

const METHODS = new Set(['GET', 'HEAD', 'POST']);
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/** The origins this server answers as: itself, by address or by name, on its own port. */
export const allowedHosts = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`];

const header = (req: IncomingMessage, name: string) => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** Refuse by the request line and headers alone (before the body is read). */
export function checkRequest(req: IncomingMessage, port: number): Refusal | undefined {
  const hosts = allowedHosts(port);
  const host = header(req, 'host')?.toLowerCase();
  if (!host || !hosts.includes(host)) return { status: 421, reason: `Host "${host ?? ''}" is not this server (${hosts.join(', ')})` };
  const method = req.method ?? '';
  if (!METHODS.has(method)) return { status: 405, reason: `method ${method} not allowed` };
  const raw = req.url ?? '/';
  if (raw.length > LIMITS.url) return { status: 414, reason: `URL longer than ${LIMITS.url} characters` };
  if (!raw.startsWith('/')) return { status: 400, reason: 'the request target must be a path' };
  const path = raw.split('?')[0];
  // Encoded separators, backslashes and NULs have no place in the platform's paths; they are how
  // traversal hides from a path check.
  if (/%2f|%5c|%00|\\|\0/i.test(path)) return { status: 404, reason: 'no such file (encoded separator or NUL in the path)' };
  if (method !== 'POST') return undefined;

  const allowedOrigins = hosts.map((h) => `http://${h}`);
  const origin = header(req, 'origin');
  if (origin !== undefined && !allowedOrigins.includes(origin)) return { status: 403, reason: `cross-origin write from "${origin}" refused` };
  const site = header(req, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { status: 403, reason: `cross-site write (Sec-Fetch-Site: ${site}) refused` };
  const referer = header(req, 'referer');
  if (origin === undefined && referer !== undefined) {
    let from = '';
    try {
      from = new URL(referer).origin;
    } catch {
      return { status: 403, reason: 'unreadable Referer on a write' };
    }
    if (!allowedOrigins.includes(from)) return { status: 403, reason: `cross-origin write from "${from}" refused` };
  }
  const length = header(req, 'content-length');
  if (length !== undefined && !(Number(length) <= LIMITS.body)) return { status: 413, reason: `body larger than ${LIMITS.body} bytes` };
  const type = (header(req, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type && type !== FORM && type !== JSON_TYPE) return { status: 415, reason: `content type "${type}" not accepted (form or JSON)` };
  return undefined;
}

export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Read a request body, stopping at the limit (a chunked body has no length to check up front). */
export async function readBody(req: IncomingMessage, limit = LIMITS.body): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyError(413, `body larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  const buf = Buffer.concat(chunks);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new BodyError(400, 'body is not valid UTF-8');
  }
}

/**
 * A form body as the handlers take it: urlencoded (what the platform's pages send) or a JSON object
 * of strings / string lists. Malformed input is refused rather than read as something else.
 */
export function parseForm(body: string, contentType: string | undefined): URLSearchParams {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === JSON_TYPE) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      throw new BodyError(400, `malformed JSON: ${(e as Error).message}`);
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new BodyError(400, 'JSON body must be an object of fields');
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(value)) {
      const list = Array.isArray(v) ? v : [v];
      if (!list.every((x) => typeof x === 'string' || typeof x === 'number')) throw new BodyError(400, `JSON field "${k}" must be a string, number or a list of them`);
      for (const x of list) form.append(k, String(x));
    }
    return form;
  }
  // URLSearchParams would quietly turn a broken escape into U+FFFD; refuse it instead.
  for (const part of body.split('&')) {
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      throw new BodyError(400, `malformed form field "${part.slice(0, 40)}"`);
    }
  }
  return new URLSearchParams(body);
}
