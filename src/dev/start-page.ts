/**
 * What `npm start` opens and its screenshot shows: a saved joint plan of the sandbox seed, open in the
 * platform's edit form, with the panel expanded on its findings. Shared by start.ts and its e2e test.
 */
import type { Page } from 'puppeteer-core';

/** The seed's joint plan with known breaches (docs/sandbox.md). */
export const PLAN_WITH_FINDINGS = '/syn/sccheck/pubscworkplan/edit?id=JH-2026-002';

interface DomNode { nodeName: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode }

/**
 * Failing findings in the panel. Its shadow root is closed (a page script must not reach it), so this reads the
 * page through the browser's own protocol, which sees closed roots and same-origin frames.
 */
async function failingInPanel(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
    let n = 0;
    const walk = (node: DomNode, inShadow: boolean): void => {
      const a = node.attributes ?? [];
      const attr = (k: string) => { for (let i = 0; i < a.length; i += 2) if (a[i] === k) return a[i + 1]; return undefined; };
      if (inShadow && node.nodeName === 'LI' && (attr('class') ?? '').split(/\s+/).includes('finding') && attr('data-status') === 'fail') n++;
      for (const c of node.children ?? []) walk(c, inShadow);
      for (const s of node.shadowRoots ?? []) walk(s, true);
      if (node.contentDocument) walk(node.contentDocument, inShadow);
    };
    walk(root, false);
    return n;
  } finally {
    await cdp.detach();
  }
}

/** Open the plan page in the shell and wait until the panel lists failing rules; returns how many. */
export async function showPlanWithFindings(page: Page, planPage: string, timeout = 30_000): Promise<number> {
  await page.goto(planPage, { waitUntil: 'networkidle0', timeout });
  await page.waitForSelector('iframe.J_iframe.active', { timeout });
  const deadline = Date.now() + timeout;
  for (;;) {
    const n = await failingInPanel(page);
    if (n > 0) return n;
    if (Date.now() > deadline) throw new Error(`no failing finding in the panel after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
