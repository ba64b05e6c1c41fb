import { browser } from 'wxt/browser';
import type { Reply, Request, RequestType } from './messages';

/** Send a typed request to the background; a dead background is an error reply, never a throw. */
export async function send<T extends RequestType>(m: Extract<Request, { type: T }>): Promise<Reply<T>> {
  try {
    return (await browser.runtime.sendMessage(m)) as Reply<T>;
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
