import { browser } from 'wxt/browser';
import { langOf, setLang, type Lang } from '../i18n';

/** The language the extension's pages speak: Chinese unless the browser speaks English. */
export function uiLang(): Lang {
  try {
    return langOf(browser.i18n.getUILanguage());
  } catch {
    return 'zh';
  }
}

// Every extension page and the panel import their strings through this module, so the language is set first.
setLang(uiLang());

export { msg, pick, lang, type Lang, type MessageKey } from '../i18n';
