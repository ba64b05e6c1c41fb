/**
 * What `npm start` opens and its screenshot shows: a saved joint plan of the sandbox seed, open in the
 * platform's edit form, with the panel expanded on its findings. Shared by start.ts and its e2e test.
 */
import type { Page } from 'puppeteer-core';

/** The seed's joint plan with known breaches (docs/sandbox.md). */
export const PLAN_WITH_FINDINGS = '/syn/sccheck/pubscworkplan/edit?id=JH-2026-002';

/** Open the plan page in the shell and wait until the panel lists failing rules; returns how many. */
export async function showPlanWithFindings(page: Page, planPage: string, timeout = 30_000): Promise<number> {
  await page.goto(planPage, { waitUntil: 'networkidle0', timeout });
  const frame = await (await page.waitForSelector('iframe.J_iframe.active', { timeout }))!.contentFrame();
  await frame.waitForFunction(() => (document.querySelector('dra-panel')?.shadowRoot?.querySelectorAll('li.finding[data-status="fail"]').length ?? 0) > 0, { timeout, polling: 100 });
  return frame.evaluate(() => document.querySelector('dra-panel')!.shadowRoot!.querySelectorAll('li.finding[data-status="fail"]').length);
}
