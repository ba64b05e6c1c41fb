/**
 * Zero configuration as a user meets it: an element-ui plan dialog (tests/fixtures/pages/element-plan.html,
 * after a public platform's source) that no adapter covers. The panel reads it by its labels alone, shows each
 * field it recognised with its confidence and the page's findings, and saves what it recognised as an adapter
 * with one click; after a reload the saved adapter reads the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowOrigins, clickInPanel, inPanel, inPanelEval, launch, waitFailing, waitForPanel, waitInPanel, type World } from './launch';
import { ELEMENT_ROUTES, serveFixtures, type FixtureServer } from './fixture-server';

let w: World;
let fx: FixtureServer;

beforeAll(async () => {
  w = await launch();
  fx = await serveFixtures(ELEMENT_ROUTES);
  // The platform's origin (another 127.0.0.1 port) added on the options page: no adapter names it yet.
  await allowOrigins(w, [fx.url]);
});
afterAll(async () => {
  await fx?.close();
  await w?.close();
});

describe('a page no adapter covers, read by its labels', () => {
  it('shows the findings and each field’s confidence, then saves them as an adapter', async () => {
    await w.page.bringToFront();
    await w.page.goto(`${fx.url}/oh-asm/supervision/plan/add`, { waitUntil: 'load' });
    const frame = w.page.mainFrame();
    await waitForPanel(frame);
    await inPanel(frame, '.dra-panel[data-zero-config="yes"]');
    // The breaches are found with no adapter at all: six departments, an end after November.
    await waitFailing(frame, 'plan.joint.max-departments', true, 20_000);
    await waitFailing(frame, 'plan.schedule.end-by', true);
    const fields = await inPanelEval(frame, (root) =>
      [...(root?.querySelectorAll('ul.zero-fields li') ?? [])].map((li) => [li.getAttribute('data-field'), li.getAttribute('data-confidence'), li.textContent]),
    );
    const by = Object.fromEntries(fields.map(([f, c, t]) => [f, { c, t }]));
    expect(Object.keys(by).sort()).toEqual(['plan.departments', 'plan.end', 'plan.lead', 'plan.scope', 'plan.start', 'plan.year']);
    expect(by['plan.departments'].c).toBe('high');
    expect(by['plan.end'].t).toContain('2025-12-05');
    expect(by['plan.end'].t).toContain('结束时间');
    expect(by['plan.scope'].t).toContain('跨部门');
    // Saved with one click: the same page is now read by the user's adapter (no longer by labels alone).
    await clickInPanel(frame, 'button.zero-save');
    await waitInPanel(frame, (root) => root?.querySelector('.dra-panel:not([data-zero-config])'), { timeout: 20_000 });
    await waitFailing(frame, 'plan.joint.max-departments', true, 20_000);
    await w.page.reload({ waitUntil: 'load' });
    const again = w.page.mainFrame();
    await waitForPanel(again);
    await waitFailing(again, 'plan.schedule.end-by', true, 20_000);
    expect(await inPanelEval(again, (root) => root?.querySelector('.dra-panel')?.hasAttribute('data-zero-config'))).toBe(false);
  });
});
