import { browser } from 'wxt/browser';

/** Extension locale strings (public/_locales); falls back to the key outside an extension. */
export function t(key: string): string {
  try {
    return browser.i18n.getMessage(key as never) || key;
  } catch {
    return key;
  }
}

/** The language findings are shown in: Chinese unless the browser speaks something else. */
export function uiLang(): 'zh' | 'en' {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
  } catch {
    return 'zh';
  }
}

/** A string of the newer panel parts, in the findings' language (both are kept beside each other in code). */
export const tr = (zh: string, en: string): string => (uiLang() === 'zh' ? zh : en);
