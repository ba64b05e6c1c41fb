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
    case 'draw.seen': {
      // A run is new when its time was not seen before for this draw; re-runs after the first are logged.
      const known = await db.drawRuns.where('[key+drawnAt]').equals([m.key, m.drawnAt]).count();
      if (!known) await db.drawRuns.add({ key: m.key, drawnAt: m.drawnAt, seenAt: new Date().toISOString() });
      const runs = (await db.drawRuns.where('key').equals(m.key).sortBy('drawnAt')).map((r) => r.drawnAt);
      if (!known && runs.length > 1) {
        const entry = await appendAudit(db, 'draw-rerun', { key: m.key, url: m.url, runs });
        return { ok: true, runs, entry: { seq: entry.seq, hash: entry.hash } };
      }
      return { ok: true, runs };
    }
    case 'audit.verify': {
      const chain = await verifyAudit(db);
      return { ok: true, chain: chain.ok ? { ok: true, length: chain.length } : chain };
    }
  }
}
