/**
 * "已记入审计日志 #n", shown again on the page that follows a 仍要提交: the platform navigates away as soon as
 * the click goes through, so the panel that logged the entry is gone before anyone reads its line. The
 * background keeps the entry's number for the tab and frame that logged it, and the next panel in that frame
 * takes it once. It is kept in the background's memory, never in the page's storage (a page must not be able
 * to forge or read it), and for a short while only: a notice is about the save just made.
 */
export interface AuditNotice {
  seq: number;
  chainOk: boolean;
}

/** Longer than any platform takes to save and load the next page; short enough not to greet a later visit. */
export const NOTICE_TTL_MS = 5 * 60_000;

export class AuditNotices {
  private readonly byFrame = new Map<string, AuditNotice & { at: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  private static key = (tabId: number, frameId: number) => `${tabId}:${frameId}`;

  put(tabId: number, frameId: number, notice: AuditNotice): void {
    this.byFrame.set(AuditNotices.key(tabId, frameId), { ...notice, at: this.now() });
  }

  /** The frame's notice, once: taken, it is gone; an old one is dropped. */
  take(tabId: number, frameId: number): AuditNotice | undefined {
    const k = AuditNotices.key(tabId, frameId);
    const n = this.byFrame.get(k);
    this.byFrame.delete(k);
    if (!n || this.now() - n.at > NOTICE_TTL_MS) return undefined;
    return { seq: n.seq, chainOk: n.chainOk };
  }

  /** A closed tab's notices go with it. */
  dropTab(tabId: number): void {
    for (const k of [...this.byFrame.keys()]) if (k.startsWith(`${tabId}:`)) this.byFrame.delete(k);
  }
}
