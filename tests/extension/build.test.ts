/**
 * The extension builds for Chrome (MV3) and Firefox, with zh_CN as the default locale beside en,
 * a background, a popup, and the overlay content script in every frame (the platform's pages are iframes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const build = (browser: 'chrome' | 'firefox') => {
  execFileSync('npx', ['wxt', 'build', '-b', browser], { stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
  const dir = browser === 'chrome' ? '.output/chrome-mv3' : '.output/firefox-mv2';
  return { dir, manifest: JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) };
};

const locale = (dir: string, lang: string) => JSON.parse(readFileSync(`${dir}/_locales/${lang}/messages.json`, 'utf8'));

describe.each(['chrome', 'firefox'] as const)('wxt build -b %s', (browser) => {
  it('produces a loadable extension', { timeout: 180_000 }, () => {
    const { dir, manifest } = build(browser);
    expect(manifest.manifest_version).toBe(browser === 'chrome' ? 3 : 2);
    expect(manifest.default_locale).toBe('zh_CN');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(locale(dir, 'zh_CN').extName.message).toBe('双随机助手');
    expect(locale(dir, 'en').extName.message).toBe('Double-Random Assistant');
    const cs = manifest.content_scripts?.[0];
    expect(cs.all_frames).toBe(true);
    expect(cs.matches).toContain('http://127.0.0.1/*');
    expect(existsSync(`${dir}/${cs.js[0]}`)).toBe(true);
    if (browser === 'chrome') expect(manifest.background.service_worker).toBe('background.js');
    else expect(manifest.background.scripts).toContain('background.js');
    const popup = (manifest.action ?? manifest.browser_action).default_popup;
    expect(existsSync(`${dir}/${popup}`)).toBe(true);
  });
});

/**
 * Least privilege: the built manifests are kept as snapshots (tests/extension/manifest.*.json), so a new
 * permission, host or exposed resource is a reviewed change of that file, never a side effect.
 * After a deliberate change: `npx vitest run tests/extension -u` and review the diff.
 */
describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  it('asks for no more than it needs, and matches its reviewed snapshot', { timeout: 180_000 }, async () => {
    const { manifest } = build(browser);
    const hosts = browser === 'chrome' ? manifest.host_permissions : manifest.permissions.filter((p: string) => p.includes('://'));
    expect(hosts).toEqual(['http://127.0.0.1/*']);
    // sidePanel (Chrome only): the liaison view's side panel; Firefox has it as a sidebar_action, no permission.
    expect(manifest.permissions.filter((p: string) => !p.includes('://')).sort()).toEqual(browser === 'chrome' ? ['nativeMessaging', 'scripting', 'sidePanel'] : ['nativeMessaging', 'scripting']);
    expect(manifest.optional_host_permissions ?? manifest.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.content_security_policy).toBeUndefined(); // the browser's default: no eval, no remote code
    await expect(JSON.stringify(manifest, null, 2) + '\n').toMatchFileSnapshot(`manifest.${browser}.json`);
  });
});
