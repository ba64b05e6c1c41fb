/**
 * Platform origins the user adds on the options page: the extension holds no host permission for
 * them until the user grants it there, and then runs the overlay on them only.
 */

export interface OriginProblem {
  zh: string;
  en: string;
}

/** A platform origin as the user typed it ("https://sjzt.example.gov.cn/", with or without a path), normalised. */
export function parseOrigin(text: string): { ok: true; origin: string } | ({ ok: false } & OriginProblem) {
  const raw = text.trim();
  let u: URL;
  try {
    u = new URL(raw.includes('://') ? raw : `https://${raw}`);
  } catch {
    return { ok: false, zh: `不是有效的网址：${raw}`, en: `not a valid address: ${raw}` };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, zh: `只支持 http/https 地址：${u.protocol}`, en: `only http and https addresses: ${u.protocol}` };
  if (!u.hostname || u.username || u.password) return { ok: false, zh: `地址不能包含用户名或密码：${raw}`, en: `the address must not hold a user name or password: ${raw}` };
  // Wildcards would grant every subdomain: the user names each platform host.
  if (u.hostname.includes('*')) return { ok: false, zh: '不能使用通配符，请填写具体的平台地址', en: 'no wildcards: name the platform host' };
  return { ok: true, origin: u.origin };
}

/** The match pattern a host permission and a content script take for an origin (match patterns have no port). */
export const originPattern = (origin: string): string => {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
};

/** The sandbox's port unless the user set another (`dra sandbox --port N`); a build may set its own default. */
export const DEFAULT_SANDBOX_PORT = Number(import.meta.env?.WXT_SANDBOX_PORT) || 8765;

/** The sandbox's origin: http://127.0.0.1 on its own port. */
export const sandboxOrigin = (port: number): string => new URL(`http://127.0.0.1:${port}`).origin;

/**
 * Where the overlay may run: the sandbox on its own port (with the built-in adapter), or an origin the user
 * added and granted, port included (with the user's adapters); anything else — another local web app on
 * 127.0.0.1, another port of a granted host — gets nothing.
 */
export function overlayPlace(origin: string, s: { sandboxPort: number; origins: readonly string[] }): 'sandbox' | 'platform' | null {
  if (origin === sandboxOrigin(s.sandboxPort)) return 'sandbox';
  if (s.origins.includes(origin)) return 'platform';
  return null;
}

/**
 * http://127.0.0.1 (any port) is the manifest's own host, where the overlay's content script already runs
 * and decides by origin: a user origin there needs no permission asked and no second registration.
 */
export const coveredByManifest = (origin: string): boolean => {
  const u = new URL(origin);
  return u.protocol === 'http:' && u.hostname === '127.0.0.1';
};
