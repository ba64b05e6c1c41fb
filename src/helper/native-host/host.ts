import { hashRecord } from '../../core/draw/record';
import { evidenceIntact } from '../../core/risk/evidence';
import { Archive, ArchiveError } from './archive';
import { HostRequest, type HostReply } from './messages';
import { Decoder, encode, FrameError, MAX_OUT } from './protocol';

export const HOST_NAME = 'cn.dra.archive';
const VERSION = '1';

/** Answer one message. Never throws: a bad message or a refused request is an error reply. */
export async function handle(archive: Archive, message: unknown): Promise<HostReply> {
  const id = message && typeof message === 'object' && typeof (message as { id?: unknown }).id === 'string' ? ((message as { id: string }).id.slice(0, 64) as string) : undefined;
  const parsed = HostRequest.safeParse(message);
  if (!parsed.success) return { id, ok: false, error: 'invalid message', problems: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })) };
  const m = parsed.data;
  try {
    switch (m.op) {
      case 'ping':
        return { id, ok: true, op: 'ping', version: VERSION, archive: archive.root };
      case 'file': {
        let content: unknown;
        if (m.kind === 'draw-record') {
          if (hashRecord(m.record) !== m.record.recordHash) return { id, ok: false, error: 'draw record refused: its recordHash does not match its content' };
          content = m.record;
        } else if (m.kind === 'evidence') {
          if (!evidenceIntact(m.evidence)) return { id, ok: false, error: 'evidence refused: its hash does not match its content' };
          content = m.evidence;
        } else content = m.head;
        const r = await archive.file(m.taskId, m.kind, content);
        return { id, ok: true, op: 'file', taskId: m.taskId, ...r };
      }
      case 'list':
        return { id, ok: true, op: 'list', tasks: await archive.list(m.taskId) };
      case 'get':
        return { id, ok: true, op: 'get', taskId: m.taskId, file: m.file, content: await archive.get(m.taskId, m.file) };
    }
  } catch (e) {
    if (e instanceof ArchiveError) return { id, ok: false, error: e.message };
    return { id, ok: false, error: `archive error: ${(e as Error).message}` };
  }
}

/** A reply that fits the browser's 1 MB limit, or an error saying it did not. */
function frame(reply: HostReply): Buffer {
  try {
    return encode(reply);
  } catch (e) {
    if (e instanceof FrameError) return encode({ id: reply.id, ok: false, error: `reply larger than ${MAX_OUT} bytes; read the file from the archive folder` });
    throw e;
  }
}

/**
 * Serve the browser on stdin/stdout until stdin ends (the browser closes the port). Messages are
 * answered in order; an oversize frame is answered and ends the session.
 */
export async function serve(archive: Archive, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<{ handled: number; refused: number }> {
  const decoder = new Decoder();
  const counts = { handled: 0, refused: 0 };
  const reply = async (r: HostReply) => {
    if (!r.ok) counts.refused++;
    else counts.handled++;
    await new Promise<void>((res) => output.write(frame(r), () => res()));
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    for (const f of decoder.push(chunk)) await reply(f.ok ? await handle(archive, f.value) : { ok: false, error: f.error.message });
    if (decoder.fatal) return counts;
  }
  for (const f of decoder.end()) await reply({ ok: false, error: f.ok ? 'unexpected' : f.error.message });
  return counts;
}
