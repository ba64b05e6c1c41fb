import { z } from 'zod';

/**
 * Every message between the content script and the background, validated on arrival; anything
 * else is refused and nothing is done.
 */
export const Request = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('audit.append'),
    kind: z.enum(['submit-with-findings', 'draw-rerun', 'draw-preview']),
    data: z.record(z.string(), z.unknown()),
  }),
  z.strictObject({ type: z.literal('audit.verify') }),
  z.strictObject({
    type: z.literal('draw.seen'),
    /** origin + path + record id: one platform draw. */
    key: z.string().min(1).max(500),
    drawnAt: z.string().min(1).max(100),
    url: z.string().max(2000),
  }),
]);
export type Request = z.infer<typeof Request>;

export type Response =
  | {
      ok: true;
      entry?: { seq: number; hash: string };
      chain?: { ok: boolean; length?: number; brokenAt?: number; reason?: string };
      /** For draw.seen: every run of this draw seen so far, oldest first. */
      runs?: string[];
    }
  | { ok: false; error: string };
