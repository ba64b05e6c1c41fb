import { Request, type Response } from './messages';
import { appendAudit, verifyAudit } from '../storage/audit-store';
import type { DraDb } from '../storage/db';

export interface Sender {
  id?: string;
  /** Set for messages from content scripts: the tab's frame they run in. */
  tab?: unknown;
}

/** Handle one message: refused unless it is well formed and comes from this extension. */
export async function route(db: DraDb, message: unknown, sender: Sender, extensionId: string): Promise<Response> {
  if (sender.id !== extensionId) return { ok: false, error: 'sender is not this extension' };
  const parsed = Request.safeParse(message);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}` };
  const m = parsed.data;
  switch (m.type) {
    case 'audit.append': {
      const entry = await appendAudit(db, m.kind, m.data);
      const chain = await verifyAudit(db);
      return { ok: true, entry: { seq: entry.seq, hash: entry.hash }, chain: chain.ok ? { ok: true, length: chain.length } : chain };
    }
    case 'audit.verify': {
      const chain = await verifyAudit(db);
      return { ok: true, chain: chain.ok ? { ok: true, length: chain.length } : chain };
    }
  }
}
