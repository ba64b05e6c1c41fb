/**
 * The message catalogue: every string a user reads, one file per language (zh.ts, en.ts), looked up by
 * key. Add a key to BOTH files (the type of en.ts refuses a missing or extra key; tests/i18n checks
 * placeholders and that the Chinese text holds no English). Placeholders are `{name}`.
 *
 *   msg('panel.title')                    → 双随机助手
 *   msg('popup.verdict', { e: 3, w: 0 })  → 3 个错误，0 个警告
 *   pick(finding.message)                 → the current language's half of a { zh, en } pair from the core
 */
import { zh, type MessageKey } from './zh';
import { en } from './en';

export type Lang = 'zh' | 'en';
export type { MessageKey };
export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { zh, en };

let current: Lang = 'zh';

/** The language of this context: set once by the extension (browser language), per request by the sandbox, by --lang in the helper. */
export function setLang(lang: Lang): void {
  current = lang;
}
export const lang = (): Lang => current;

/** A language tag (zh-CN, en-US, an Accept-Language header) as one of ours: Chinese unless it is clearly English. */
export function langOf(tag: string | undefined | null): Lang {
  const first = (tag ?? '').split(',')[0].trim().toLowerCase();
  return first.startsWith('en') ? 'en' : 'zh';
}

export type Vars = Record<string, string | number>;

/** The catalogue's text for a key, with `{name}` placeholders filled. */
export function msg(key: MessageKey, vars?: Vars, inLang: Lang = current): string {
  const text = CATALOGUES[inLang][key] ?? key;
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

/** The current language's half of a bilingual value produced by the core (rule messages, import problems). */
export const pick = (bi: { zh: string; en: string }, inLang: Lang = current): string => bi[inLang];

/** Run with another language and put the previous one back (the helper prints in --lang; the sandbox answers per request). */
export function withLang<T>(inLang: Lang, fn: () => T): T {
  const before = current;
  current = inLang;
  try {
    return fn();
  } finally {
    current = before;
  }
}
