import { z } from 'zod';
import { DrawRecord } from '../../core/draw/record-schema';
import { Evidence } from '../../core/risk/evidence';
import type { Anchor } from '../../core/audit';

/** A task id as the platform shows it (e.g. RW-2026-001); sanitised again for the folder name. */
const TaskId = z.string().trim().min(1).max(100);
const Id = z.string().min(1).max(64);
const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** The head of the extension's audit log: kept apart from the log, it catches a truncation of it. */
export const AuditHead = z.strictObject({
  length: z.number().int().min(0),
  head: Hex64,
  at: z.string().min(1).max(40),
  /** Every entry's hash up to the head (so a later rewrite is reported at its first entry); within MAX_IN. */
  hashes: z.array(Hex64).max(100_000).optional(),
});

/** Every message the host takes from the extension; anything else is answered with an error and not acted on. */
export const HostRequest = z.discriminatedUnion('op', [
  z.strictObject({ id: Id, op: z.literal('ping') }),
  z.discriminatedUnion('kind', [
    z.strictObject({ id: Id, op: z.literal('file'), taskId: TaskId, kind: z.literal('draw-record'), record: DrawRecord }),
    z.strictObject({ id: Id, op: z.literal('file'), taskId: TaskId, kind: z.literal('evidence'), evidence: Evidence }),
    z.strictObject({ id: Id, op: z.literal('file'), taskId: TaskId, kind: z.literal('audit-head'), head: AuditHead }),
  ]),
  z.strictObject({ id: Id, op: z.literal('list'), taskId: TaskId.optional() }),
  z.strictObject({ id: Id, op: z.literal('get'), taskId: TaskId, file: z.string().min(1).max(200) }),
  /** Every audit head filed (and carried by filed evidence), for the extension's verify. */
  z.strictObject({ id: Id, op: z.literal('heads') }),
]);
export type HostRequest = z.input<typeof HostRequest>;

export type FileKind = 'draw-record' | 'evidence' | 'audit-head';
export interface ArchivedFile {
  file: string;
  kind: FileKind;
  bytes: number;
  /** When it was filed, read from its name: Beijing time with its offset (2026-12-02T02:31:11+08:00). */
  filedAt: string;
}
export interface TaskFolder {
  taskId: string;
  folder: string;
  files: ArchivedFile[];
}

export type HostReply =
  | { id?: string; ok: true; op: 'ping'; version: string; archive: string }
  | { id?: string; ok: true; op: 'file'; taskId: string; folder: string; file: string; bytes: number; filedAt: string }
  | { id?: string; ok: true; op: 'list'; tasks: TaskFolder[] }
  | { id?: string; ok: true; op: 'get'; taskId: string; file: string; content: unknown }
  | { id?: string; ok: true; op: 'heads'; anchors: Anchor[] }
  /** code: the reason as a catalogue key under archive.error.* (vars fill it), so the browser says it in the user's language. */
  | { id?: string; ok: false; error: string; code?: string; vars?: Record<string, string>; problems?: Array<{ path: string; message: string }> };
