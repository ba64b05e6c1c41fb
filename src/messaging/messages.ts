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
]);
export type Request = z.infer<typeof Request>;

export type Response =
  | { ok: true; entry?: { seq: number; hash: string }; chain?: { ok: boolean; length?: number; brokenAt?: number; reason?: string } }
  | { ok: false; error: string };
