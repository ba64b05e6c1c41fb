import { describe, expect, it } from 'vitest';
import { coveredByManifest, originPattern, overlayPlace, parseOrigin, sandboxOrigin } from '../../src/platform/origins';
import { Settings } from '../../src/storage/settings';

describe('platform origins the user adds', () => {
  it.each([
    ['https://sjzt.jl.gov.cn', 'https://sjzt.jl.gov.cn'],
    ['https://sjzt.jl.gov.cn/', 'https://sjzt.jl.gov.cn'],
    ['sjzt.jl.gov.cn', 'https://sjzt.jl.gov.cn'],
    ['  http://10.1.2.3:8080/syn/index  ', 'http://10.1.2.3:8080'],
    ['HTTPS://SJZT.JL.GOV.CN', 'https://sjzt.jl.gov.cn'],
  ])('%s is the origin %s', (text, origin) => {
    expect(parseOrigin(text)).toEqual({ ok: true, origin });
  });
  it.each([
    ['ftp://files.example.gov.cn', /http/],
    ['https://user:pw@sjzt.jl.gov.cn', /user name|用户名/],
    ['https://*.gov.cn', /wildcard|通配符/],
    ['http://', /not a valid|不是有效/],
    ['javascript:alert(1)', /not a valid|http/],
  ])('%s is refused', (text, why) => {
    const r = parseOrigin(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(`${r.zh} ${r.en}`).toMatch(why);
  });
  it('a match pattern has no port (host permissions are per host)', () => {
    expect(originPattern('http://10.1.2.3:8080')).toBe('http://10.1.2.3/*');
    expect(originPattern('https://sjzt.jl.gov.cn')).toBe('https://sjzt.jl.gov.cn/*');
  });
  it('the overlay runs on the sandbox’s own port and on the origins the user granted, each with its port; no other local app', () => {
    const s = { sandboxPort: 8765, origins: ['http://127.0.0.1:9000', 'https://sjzt.jl.gov.cn:8443', 'http://localhost:3000'] };
    expect(overlayPlace('http://127.0.0.1:8765', s)).toBe('sandbox');
    expect(overlayPlace('http://127.0.0.1:3000', s)).toBeNull(); // another local web app
    expect(overlayPlace('http://127.0.0.1', s)).toBeNull();
    expect(overlayPlace('http://127.0.0.1:9000', s)).toBe('platform');
    expect(overlayPlace('http://127.0.0.1:9001', s)).toBeNull();
    expect(overlayPlace('https://sjzt.jl.gov.cn:8443', s)).toBe('platform');
    expect(overlayPlace('https://sjzt.jl.gov.cn', s)).toBeNull(); // the granted port only
    expect(overlayPlace('https://sjzt.jl.gov.cn:9443', s)).toBeNull();
    expect(overlayPlace('http://localhost:3000', s)).toBe('platform');
    expect(overlayPlace('http://localhost:8765', s)).toBeNull();
    expect(overlayPlace('http://127.0.0.1:8765', { sandboxPort: 9999, origins: [] })).toBeNull(); // the port is configurable
    expect(overlayPlace('null', s)).toBeNull();
    expect(sandboxOrigin(80)).toBe('http://127.0.0.1');
  });
  it('127.0.0.1 is covered by the manifest’s own content script (no second registration); other hosts are not', () => {
    expect(coveredByManifest('http://127.0.0.1:9000')).toBe(true);
    expect(coveredByManifest('https://127.0.0.1:9000')).toBe(false);
    expect(coveredByManifest('http://localhost:3000')).toBe(false);
    expect(coveredByManifest('https://sjzt.jl.gov.cn')).toBe(false);
  });
  it('settings keep only normalised origins', () => {
    expect(Settings.safeParse({ origins: ['https://sjzt.jl.gov.cn'] }).success).toBe(true);
    const bad = Settings.safeParse({ origins: ['https://sjzt.jl.gov.cn/path'] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['origins', 0]);
    expect(Settings.parse({}).sandboxPort).toBe(8765);
    expect(Settings.safeParse({ sandboxPort: 70000 }).success).toBe(false);
  });
});
