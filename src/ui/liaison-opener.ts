/**
 * Opening the liaison view beside the platform where the browser can: Chrome's side panel (114+, the
 * manifest's minimum; open() from 116), Firefox's sidebar; elsewhere — an older 360 or Qianxin build, a
 * browser without the API, or a refusal — the same view opens in a tab. Never silent: the caller learns which.
 */
export interface OpenerApis {
  sidePanel?: { open?: (o: { windowId: number }) => Promise<void> };
  sidebarAction?: { open?: () => Promise<void> };
  tabs: { create(o: { url: string }): Promise<unknown> };
  runtime: { getURL(path: string): string };
}

export type Opened = 'sidepanel' | 'sidebar' | 'tab';

/** Whether this browser can show the view beside the page (the popup labels its link accordingly). */
export function canOpenBeside(api: OpenerApis): boolean {
  return typeof api.sidePanel?.open === 'function' || typeof api.sidebarAction?.open === 'function';
}

/**
 * Call straight from the click (no await before it): the browser opens a panel only during the user's gesture.
 * `windowId` is read when the popup opens.
 */
export async function openLiaisonBeside(api: OpenerApis, windowId: number | undefined): Promise<Opened> {
  try {
    if (typeof api.sidePanel?.open === 'function' && windowId !== undefined) {
      await api.sidePanel.open({ windowId });
      return 'sidepanel';
    }
    if (typeof api.sidebarAction?.open === 'function') {
      await api.sidebarAction.open();
      return 'sidebar';
    }
  } catch {
    // Refused (no gesture, a policy, an old build): the tab below still shows the view.
  }
  await api.tabs.create({ url: api.runtime.getURL('/liaison.html') });
  return 'tab';
}
