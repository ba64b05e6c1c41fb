import type { RequestType } from './messages';
import { CONTENT_TYPES } from './contexts';

/**
 * What a content script may send, by size and by rate. It runs inside the platform's pages, the part of the
 * extension a hostile page is closest to: a flood or an outsize message from it must not fill the user's
 * store or hold the background. The figures are far above what the panel sends in use (a platform page with
 * ten frames asks settings.get and adapters.list once per frame load; the liaison capture sends a list page
 * when its rows change) and far below what would hurt. Extension pages are the user's own and are not limited.
 */
export interface Limit {
  /** Largest message, in characters of its JSON. */
  chars: number;
  /** Messages of this type per origin per minute. */
  perMinute: number;
}

const KB = 1024;
export const CONTENT_LIMITS: Readonly<Record<(typeof CONTENT_TYPES)[number], Limit>> = {
  'audit.append': { chars: 16 * KB, perMinute: 30 },
  'audit.verify': { chars: 1 * KB, perMinute: 60 },
  'audit.notice': { chars: 1 * KB, perMinute: 300 },
  'draw.seen': { chars: 8 * KB, perMinute: 60 },
  // One per re-run explained (a reason is given once).
  'draw.reason': { chars: 4 * KB, perMinute: 30 },
  'panel.settings': { chars: 1 * KB, perMinute: 300 },
  // 200 refs a message; a page naming items it does not show learns no more than one entry per name it guesses.
  'itemList.match': { chars: 64 * KB, perMinute: 120 },
  // One per click on the panel's 收起/展开.
  'panel.collapsed': { chars: 1 * KB, perMinute: 60 },
  // The profile in force on the page (asked as the panel starts, like settings.get).
  'profile.active': { chars: 1 * KB, perMinute: 300 },
  'templates.list': { chars: 1 * KB, perMinute: 120 },
  'templates.save': { chars: 64 * KB, perMinute: 60 },
  'adapters.list': { chars: 1 * KB, perMinute: 300 },
  'adapters.save': { chars: 256 * KB, perMinute: 20 },
  'verdict.report': { chars: 8 * KB, perMinute: 600 },
  'verdict.clear': { chars: 1 * KB, perMinute: 300 },
  'evidence.save': { chars: 1024 * KB, perMinute: 10 },
  // The page's served registries (the sandbox's own, a 专项库) come with the strategy.
  'draw.preview': { chars: 16 * 1024 * KB, perMinute: 20 },
  'draw.preview.kept': { chars: 1 * KB, perMinute: 60 },
  'liaison.save': { chars: 8 * 1024 * KB, perMinute: 60 },
  // The platform's item list page as it pages (as liaison.save).
  'itemList.page': { chars: 8 * 1024 * KB, perMinute: 60 },
};

/** Fixed one-minute windows per key (origin and type); `now` is injectable so tests need no clock. */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  /** Count one message; false when the key has used its budget for this minute. */
  take(key: string, perMinute: number): boolean {
    const t = this.now();
    if (this.windows.size > 10_000) for (const [k, w] of this.windows) if (t - w.start >= 60_000) this.windows.delete(k);
    const w = this.windows.get(key);
    if (!w || t - w.start >= 60_000) {
      this.windows.set(key, { start: t, count: 1 });
      return true;
    }
    if (w.count >= perMinute) return false;
    w.count++;
    return true;
  }
}

export type LimitRefusal = { error: string; zh: string; en: string };

/** Size, then rate: undefined when a content script's message may go on. */
export function checkContentLimits(limiter: RateLimiter, origin: string, type: RequestType, message: unknown): LimitRefusal | undefined {
  const limit = (CONTENT_LIMITS as Record<string, Limit | undefined>)[type];
  if (!limit) return { error: `${type}: no limit set for content scripts`, zh: `${type} 未设定限额`, en: `${type} has no limit set` };
  let chars: number;
  try {
    chars = JSON.stringify(message)?.length ?? 0;
  } catch {
    return undefined; // not JSON at all: the schema refuses it next
  }
  if (chars > limit.chars)
    return { error: `message too large: ${type} ${chars} > ${limit.chars} characters`, zh: `消息过大：${type} 为 ${chars} 字符，上限 ${limit.chars}`, en: `message too large: ${type} is ${chars} characters, at most ${limit.chars}` };
  if (!limiter.take(`${origin} ${type}`, limit.perMinute))
    return { error: `rate limit: ${type} more than ${limit.perMinute} per minute from ${origin}`, zh: `过于频繁：${origin} 每分钟最多 ${limit.perMinute} 次 ${type}`, en: `too frequent: at most ${limit.perMinute} ${type} per minute from ${origin}` };
  return undefined;
}
