/**
 * Saving with errors, as a user meets it: the confirmation opens as a dialog by the 保存 button that was
 * clicked (as the platform's own layer.confirm), over a shade that keeps the page still, errors and warnings
 * apart, each with its clause as people cite it. After 仍要提交 the platform saves and navigates to its list;
 * there the panel says once, from the background, that the submission was logged (#n) — not again on reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'puppeteer-core';
import { clickInPanel, inPanel, inPanelEval, launch, openWithPanel, waitFailing, waitForPanel, waitInPanel, type World } from './launch';

let w: World;
let frame: Frame;
beforeAll(async () => {
  w = await launch();
  frame = await openWithPanel(w.page, w.url, '/syn/sccheck/pubscworkplan/edit?id=JH-2026-002');
  await waitFailing(frame, 'plan.schedule.end-by', true);
});
afterAll(async () => w?.close());

describe('the save confirmation by the clicked button', () => {
  it('the panel leads with what this page fixes; a directed draw’s conditions are under 其他环节, to be set on 添加策略', async () => {
    const shown = await waitInPanel(frame, (root) => {
      const other = root?.querySelector('.group-elsewhere .place[data-place="strategy"]');
      if (!other) return null;
      return {
        here: [...root!.querySelectorAll('.findings > section:not(.group-elsewhere) li.finding')].map((li) => li.getAttribute('data-rule')),
        there: [...other.querySelectorAll('li.finding')].map((li) => li.getAttribute('data-rule')),
        where: other.querySelector('h4')?.textContent,
        first: root!.querySelector('.findings > section')?.getAttribute('data-group'),
      };
    });
    expect(shown.there).toContain('strategy.directed-filters');
    expect(shown.here).not.toContain('strategy.directed-filters');
    expect(shown.here).toContain('plan.schedule.end-by');
    expect(shown.where).toBe('在「抽查检查对象名单抽取（添加策略）」修改');
    expect(shown.first).toBe('error'); // this page's errors come first
  });

  it('opens by 保存 with each finding and its clause, errors and warnings apart, over a shade', async () => {
    const save = '[data-submit="#planForm"]';
    await frame.click(save);
    await inPanel(frame, '.dra-dialog.confirm[data-side]:not([data-side=""])');
    const button = await frame.$eval(save, (e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; });
    const d = await inPanelEval(frame, (root) => {
      const c = root!.querySelector<HTMLElement>('.dra-dialog.confirm')!;
      const r = c.getBoundingClientRect();
      return {
        inPanel: !!c.closest('.dra-panel'),
        side: c.dataset.side,
        box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
        groups: [...c.querySelectorAll<HTMLElement>('section[data-severity]')].map((s) => ({ severity: s.dataset.severity, rules: [...s.querySelectorAll('li[data-rule]')].map((li) => li.getAttribute('data-rule')), sources: [...s.querySelectorAll('li[data-rule] .cite .source')].map((x) => x.textContent) })),
        clicked: c.querySelector('.clicked')?.textContent,
        shade: !!root!.querySelector('.dra-shade'),
      };
    });
    expect(d.inPanel).toBe(false); // a dialog of its own, not a strip in the corner panel
    // By the button: above it (the button is at the foot of the form), across it horizontally.
    expect(d.side).toBe('above');
    expect(d.box.bottom).toBeLessThanOrEqual(button.top);
    expect(button.top - d.box.bottom).toBeLessThan(20);
    expect(d.box.left).toBeLessThan(button.right);
    expect(d.box.right).toBeGreaterThan(button.left);
    expect(d.clicked).toContain('「保存」');
    const errors = d.groups.find((g) => g.severity === 'error')!;
    expect(errors.rules).toContain('plan.schedule.end-by');
    expect(d.groups.every((g) => g.rules.every((r) => d.groups.filter((h) => h.rules.includes(r)).length === 1))).toBe(true);
    // Every finding with its clause: 《标题》（文号）第…
    expect(errors.sources.length).toBe(errors.rules.length);
    for (const s of errors.sources) expect(s).toMatch(/^《[^》]+》.*第/);
    // The shade holds the page: a click anywhere on it lands on our overlay, not on the platform's controls.
    expect(d.shade).toBe(true);
    expect(await frame.evaluate((b) => document.elementFromPoint((b.left + b.right) / 2, b.top + 2)?.tagName.toLowerCase(), button)).toBe('dra-panel');
  });

  it('after 仍要提交 the platform saves and navigates; its list page says once that it was logged', async () => {
    await (await inPanel(frame, '.confirm textarea')).type('市政府统一部署，12月初完成收尾检查');
    await clickInPanel(frame, '.confirm button.proceed');
    // The platform saved and went to its plan list, in the same frame.
    await frame.waitForFunction(() => /pubscworkplan\/?(\?.*)?$/.test(location.pathname + location.search) && !location.pathname.endsWith('/edit'), { timeout: 20_000 });
    await waitForPanel(frame);
    const shown = await waitInPanel(frame, (root) => {
      const p = root?.querySelector<HTMLElement>('.logged[data-again]');
      return p ? { seq: p.dataset.seq, chain: p.dataset.chain, text: p.textContent } : null;
    });
    expect(shown.seq).toBe('0');
    expect(shown.chain).toBe('ok');
    expect(shown.text).toContain('已记入审计日志第 0 条');
    // Once: the list again (a reload) asks and is told nothing.
    await frame.goto(frame.url(), { waitUntil: 'load' });
    await waitForPanel(frame);
    await waitInPanel(frame, (root) => root?.querySelector('.dra-panel')?.getAttribute('data-audit-notice') === 'none');
    expect(await inPanelEval(frame, (root) => !!root?.querySelector('.logged'))).toBe(false);
  });
});
