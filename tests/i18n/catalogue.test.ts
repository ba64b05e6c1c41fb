import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, msg, type MessageKey } from '../../src/i18n';
import { latinWords, helperLatinWords } from '../../src/i18n/latin';

const zhKeys = Object.keys(CATALOGUES.zh).sort();
const enKeys = Object.keys(CATALOGUES.en).sort();
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it('has every key in both languages, and no key in one only', () => {
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(zhKeys.length).toBeGreaterThan(200);
  });

  it('has no empty text, and the same placeholders in both languages', () => {
    const bad = zhKeys.filter((k) => !CATALOGUES.zh[k as MessageKey].trim() || !CATALOGUES.en[k as MessageKey].trim() || placeholders(CATALOGUES.zh[k as MessageKey]).join() !== placeholders(CATALOGUES.en[k as MessageKey]).join());
    expect(bad).toEqual([]);
  });

  it('speaks Chinese in Chinese: no Latin word outside the allow-list, no half-width colon after Chinese', () => {
    // The helper's lines (cli.*) name the commands and options the user types: those are read as code.
    // A usage line is printed after 用法：dra, so its first word is the command.
    const words = (k: string) => {
      const text = CATALOGUES.zh[k as MessageKey];
      if (!k.startsWith('cli.')) return latinWords(text);
      return helperLatinWords(/^cli\.cmd\..*\.usage$/.test(k) ? `dra ${text}` : text);
    };
    const withLatin = zhKeys.map((k) => [k, words(k)] as const).filter(([, w]) => w.length);
    expect(withLatin).toEqual([]);
    const halfColon = zhKeys.filter((k) => /[\u4e00-\u9fff）」]: /.test(CATALOGUES.zh[k as MessageKey]));
    expect(halfColon).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(msg('popup.verdict', { e: 3, w: 0 }, 'zh')).toBe('3 个错误，0 个警告');
    expect(msg('popup.verdict', { e: 1, w: 2 }, 'en')).toBe('1 error(s), 2 warning(s)');
    expect(msg('popup.verdict', { e: 1 }, 'zh')).toBe('1 个错误，{w} 个警告');
  });

  it('gives the manifest the catalogue’s name and description (public/_locales)', () => {
    for (const [dir, lang] of [['zh_CN', 'zh'], ['en', 'en']] as const) {
      const m = JSON.parse(readFileSync(`public/_locales/${dir}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      expect(m.extName.message).toBe(CATALOGUES[lang]['ext.name']);
      expect(m.extDescription.message).toBe(CATALOGUES[lang]['ext.description']);
    }
  });

  it('is the only way strings reach the UI: no inline tr(zh, en) pairs left in the code', () => {
    const { execSync } = require('node:child_process') as typeof import('node:child_process');
    const hits = execSync("grep -rlE '\\btr\\(' src entrypoints || true", { encoding: 'utf8' }).trim();
    expect(hits).toBe('');
  });
});
