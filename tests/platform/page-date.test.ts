/**
 * "Today" as the platform page states it, and the empty new form that waits for the user: an empty new
 * plan read through the sandbox adapter is blank (so it is not judged yet); a saved one is not.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { labelledDate, pageToday } from '../../src/platform/page-date';
import { blankForm } from '../../src/platform/blank-form';
import { BUILTIN_ADAPTERS } from '../../src/platform/recognise';

describe('the page’s own date', () => {
  it.each([
    ['培训环境（沙盒） · 当前日期 2026-11-23', '2026-11-23'],
    ['今天是2026年11月3日 星期二', '2026-11-03'],
    ['系统日期：2026/1/5', '2026-01-05'],
    ['当前时间: 2026-12-02 08:01:02', '2026-12-02'],
  ])('%s → %s', (text, want) => expect(labelledDate(text)).toBe(want));
  it.each(['计划活动期限 2026-05-06 至 2026-12-05', '当前日期 2026-02-30', '当前日期', ''])('%s states no today', (text) => expect(labelledDate(text)).toBeUndefined());

  it('is read from the header, never from a form’s own dates', () => {
    const { document } = new JSDOM('<div class="border-bottom"><span>当前日期 2026-11-23</span></div><form><label>今日 2030-01-01</label></form>').window;
    expect(pageToday(document)).toBe('2026-11-23');
    const form = new JSDOM('<form><td>当前日期 2030-01-01</td><input value="2026-05-06"></form>').window.document;
    expect(pageToday(form)).toBeUndefined();
  });

  it('is read from the top frame (same origin) when the form is in an iframe', async () => {
    const dom = new JSDOM('<div class="border-bottom">当前日期 2026-11-23</div><iframe></iframe>', { url: 'http://127.0.0.1/' });
    const inner = (dom.window.document.querySelector('iframe') as HTMLIFrameElement).contentDocument!;
    inner.body.innerHTML = '<form><input name="name"></form>';
    expect(pageToday(inner)).toBe('2026-11-23');
  });
});

describe('an empty new form', () => {
  const plan = BUILTIN_ADAPTERS.find((a) => a.id === 'sandbox')!.pages.find((p) => p.kind === 'plan')!;
  it('is blank while no typed field holds anything (pre-chosen selects and radios do not count)', () => {
    expect(blankForm({ values: { 'plan.scope': 'own', 'plan.lead': '区市场监管局', 'plan.year': 2026 } }, plan)).toBe(true);
    expect(blankForm({ values: { 'plan.scope': 'own', 'plan.name': '2026年度抽查计划' } }, plan)).toBe(false);
    expect(blankForm({ values: { 'plan.start': '2026-03-01' } }, plan)).toBe(false);
  });
  it('a page without typed fields is never blank (nothing to wait for)', () => {
    expect(blankForm({ values: {} }, { fields: [{ field: 'plan.scope', widget: 'radio' }] })).toBe(false);
  });
});
