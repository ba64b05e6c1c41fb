/**
 * Send a message to the background from the overlay's own content-script world in a frame, as code running
 * there could (DevTools can evaluate in it): for tests of what the background gives a content script, whatever
 * it asks. Reached through the browser's protocol (CDP Runtime), never through the page.
 */
import type { Frame } from 'puppeteer-core';

interface Ctx { id: number; name: string; origin: string; auxData?: { frameId?: string; type?: string } }

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function asContentScript(frame: Frame, message: unknown): Promise<any> {
  const frameId = (frame as unknown as { _id: string })._id;
  const cdp = await frame.page().createCDPSession();
  try {
    const contexts: Ctx[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: Ctx }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const ctx = contexts.find((c) => c.auxData?.frameId === frameId && c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
    if (!ctx) throw new Error(`no content-script world in frame ${frame.url()} (${contexts.map((c) => `${c.name}@${c.origin}:${c.auxData?.type}`).join(', ')})`);
    const r = (await cdp.send('Runtime.evaluate', { contextId: ctx.id, expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`, awaitPromise: true, returnByValue: true })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
    if (r.exceptionDetails) throw new Error(`content-script world: ${r.exceptionDetails.text}`);
    return r.result.value;
  } finally {
    await cdp.detach();
  }
}
