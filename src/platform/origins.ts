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

/** The sandbox's origin is built in (http://127.0.0.1, any port), so it is never asked for. */
export const isBuiltinOrigin = (origin: string): boolean => new URL(origin).hostname === '127.0.0.1';
