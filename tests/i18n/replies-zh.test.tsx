/**
 * Issue 16: the options page showed the background's refusal codes ('profile refused', 'settings refused')
 * and the audit verify's reason in English in the Chinese UI. Every code the background can answer with has
 * catalogue words, and every way the chain can break is said in Chinese (the code stays in a tooltip).
 */
import { readFileSync } from 'node:fs';
import { render } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n';
import { latinWords } from '../../src/i18n/latin';
import { KNOWN_REPLY_CODES, REPLY_PATTERNS, replyText } from '../../src/ui/reply-text';
import { SaidLine } from '../../src/ui/options/said';
import { chainBreakText } from '../../src/ui/audit-break';
import { nextEntry, tombstone, verifyChain, type Anchor, type AuditEntry, type ChainCheck } from '../../src/core/audit/log';
import { visibleText } from './visible-text';

beforeAll(() => setLang('zh'));

/** The error codes the background's sources write: `refused('…')`, `error: '…'` and `error: \`…\``. */
function codesInSources(): { exact: string[]; templates: string[] } {
  const files = ['src/messaging/router.ts', 'src/messaging/profile-messages.ts', 'src/messaging/archive.ts', 'src/messaging/limits.ts', 'src/background/draw-preview.ts'];
  const src = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const exact = [...src.matchAll(/(?:refused\(|error: )'([^']+)'/g)].map((m) => m[1]);
  const templates = [...src.matchAll(/(?:refused\(|error: )`([^`]+)`/g)].map((m) => m[1]);
  return { exact: [...new Set(exact)], templates: [...new Set(templates)] };
}
/** A template code with its ${…} filled as the background fills them (a type, a number, an origin). */
const filled = (t: string) => t.replace(/\$\{[^}]*\}/g, (x) => (/chars|limit|brokenAt|id\b|\.id/.test(x) ? '12' : /origin/.test(x) ? 'https://a.example' : /type/.test(x) ? 'audit.append' : 'preview'));

describe('refusals in words', () => {
  const { exact, templates } = codesInSources();

  it('the sources hold the codes this test knows of (the scan finds them)', () => {
    expect(exact).toEqual(expect.arrayContaining(['settings refused', 'profile refused', 'storage full', 'evidence refused']));
    expect(templates.length).toBeGreaterThanOrEqual(6);
  });

  it.each(exact)('%s: catalogue words, no English in the Chinese UI', (code) => {
    expect(KNOWN_REPLY_CODES).toContain(code);
    const html = render(<SaidLine said={{ ok: false, text: replyText(code), code, problems: [{ path: 'x', zh: '不符合要求', en: 'not valid' }] }} />);
    expect(latinWords(visibleText(html))).toEqual([]);
    // The code stays reachable for whoever reports the problem, as a tooltip.
    expect(html).toContain(`title="${code}"`);
  });

  it.each(templates)('%s: matched by a pattern, its words have no English', (t) => {
    const code = filled(t);
    expect(REPLY_PATTERNS.some((re) => re.test(code))).toBe(true);
    expect(latinWords(replyText(code))).toEqual([]);
    expect(replyText(code)).not.toBe(replyText('an unknown code'));
  });

  it('an unknown code still says the action was refused, in Chinese', () => {
    expect(replyText('something new')).toMatch(/拒绝/);
    expect(latinWords(replyText('something new'))).toEqual([]);
  });
});

describe('the audit log’s breaks in words', () => {
  const at = (i: number) => `2026-12-0${1 + (i % 8)}T0${i % 10}:00:00.000Z`;
  const log = (n: number) => {
    const out: AuditEntry[] = [];
    for (let i = 0; i < n; i++) out.push(nextEntry(out.at(-1), 'template-fill', { i }, at(i)));
    return out;
  };
  const anchor = (l: AuditEntry[], source: string, hashes = true): Anchor => ({ length: l.length, head: l.at(-1)!.hash, source, at: '2026-12-01T08:00:00.000Z', ...(hashes ? { hashes: l.map((e) => e.hash) } : {}) });
  const good = log(6);
  /** The good log's first `keep` entries, then forged ones up to `length`. */
  const forged = (keep: number, length: number) => {
    const o = good.slice(0, keep);
    for (let i = keep; i < length; i++) o.push(nextEntry(o.at(-1), 'forged', {}, at(i)));
    return o;
  };
  const other: AuditEntry[] = [];
  for (let i = 0; i < 3; i++) other.push(nextEntry(other.at(-1), 'other', { i }, at(i)));
  const breaks: Array<[string, ChainCheck]> = [
    ['malformed', verifyChain([good[0], { bad: 1 }])],
    ['seq', verifyChain([good[0], { ...good[2] }])],
    ['changed', verifyChain([good[0], { ...good[1], data: { i: 99 } }])],
    ['cut (with hashes)', verifyChain(good.slice(0, 3), anchor(good, 'evidence #3'))],
    ['cut (head only)', verifyChain(good.slice(0, 3), anchor(good, 'archive RW-2026-001/audit-head-1.json', false))],
    ['rewritten (head only)', verifyChain(forged(3, 7), anchor(good, 'evidence #4', false))],
    ['replaced from the first', verifyChain(log(6).map((e) => ({ ...e })).map((e, i, a) => (i === 0 ? nextEntry(undefined, 'other', {}, at(0)) : e)).slice(0, 1), anchor(good, 'evidence #5'))],
    ['differs', verifyChain(forged(2, 7), anchor(good, 'evidence #6'))],
    ['tombstone', verifyChain([tombstone(other.at(-1), '测试', at(5))], anchor(good.slice(0, 3), 'evidence #7'))],
  ];

  it.each(breaks)('%s: broken, said in Chinese without English', (_n, check) => {
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const text = chainBreakText(check.why);
    expect(text).toMatch(/第|日志/);
    expect(latinWords(text)).toEqual([]);
    // The English reason is still there for the helper and the logs.
    expect(check.reason).toMatch(/entry|log/);
  });

  it('every kind of break is among the cases', () => {
    const keys = new Set(breaks.map(([, c]) => (c.ok ? 'ok' : c.why.key)));
    for (const k of ['malformed', 'seq', 'changed', 'cut', 'notAnchored', 'differs', 'fromFirst', 'tombstone']) expect(keys).toContain(k);
  });
});
