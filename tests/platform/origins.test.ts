import { describe, expect, it } from 'vitest';
import { isBuiltinOrigin, originPattern, parseOrigin } from '../../src/platform/origins';
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
  it('the sandbox origin is built in, on any port', () => {
    expect(isBuiltinOrigin('http://127.0.0.1:8765')).toBe(true);
    expect(isBuiltinOrigin('https://sjzt.jl.gov.cn')).toBe(false);
  });
  it('settings keep only normalised origins', () => {
    expect(Settings.safeParse({ origins: ['https://sjzt.jl.gov.cn'] }).success).toBe(true);
    const bad = Settings.safeParse({ origins: ['https://sjzt.jl.gov.cn/path'] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['origins', 0]);
  });
});
