// Features degrade where a browser lacks them: no side panel API → the liaison view opens in a tab.
import { describe, expect, it } from 'vitest';
import { canOpenBeside, openLiaisonBeside, type OpenerApis } from '../../src/ui/liaison-opener';

function apis(extra: Partial<OpenerApis>) {
  const calls: string[] = [];
  const api: OpenerApis = {
    tabs: { create: async (o) => void calls.push(`tab ${o.url}`) },
    runtime: { getURL: (p) => `chrome-extension://id${p}` },
    ...extra,
  };
  return { api, calls };
}

describe('opening the liaison view beside the page', () => {
  it('Chrome 116+: the side panel of this window', async () => {
    const opened: number[] = [];
    const { api, calls } = apis({ sidePanel: { open: async ({ windowId }) => void opened.push(windowId) } });
    expect(canOpenBeside(api)).toBe(true);
    expect(await openLiaisonBeside(api, 7)).toBe('sidepanel');
    expect(opened).toEqual([7]);
    expect(calls).toEqual([]);
  });

  it('Firefox: the sidebar', async () => {
    let n = 0;
    const { api } = apis({ sidebarAction: { open: async () => void n++ } });
    expect(await openLiaisonBeside(api, undefined)).toBe('sidebar');
    expect(n).toBe(1);
  });

  it.each([
    ['no side panel API (Chrome < 114, older 360/Qianxin builds)', {}],
    ['sidePanel without open() (Chrome 114–115)', { sidePanel: {} }],
  ])('%s: a tab with the liaison page', async (_, extra) => {
    const { api, calls } = apis(extra);
    expect(canOpenBeside(api)).toBe(false);
    expect(await openLiaisonBeside(api, 3)).toBe('tab');
    expect(calls).toEqual(['tab chrome-extension://id/liaison.html']);
  });

  it('a refused side panel (no user gesture, a policy) falls back to the tab', async () => {
    const { api, calls } = apis({ sidePanel: { open: async () => Promise.reject(new Error('may only be called in response to a user gesture')) } });
    expect(await openLiaisonBeside(api, 3)).toBe('tab');
    expect(calls).toEqual(['tab chrome-extension://id/liaison.html']);
  });
});
