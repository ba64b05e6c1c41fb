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
  if (!parsed.success) return { id, ok: false, error: 'invalid message', code: 'invalid', problems: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })) };
  const m = parsed.data;
  try {
    switch (m.op) {
      case 'ping':
        return { id, ok: true, op: 'ping', version: VERSION, archive: archive.root };
      case 'file': {
        let content: unknown;
        if (m.kind === 'draw-record') {
          if (hashRecord(m.record) !== m.record.recordHash) return { id, ok: false, error: 'draw record refused: its recordHash does not match its content', code: 'recordHash' };
          content = m.record;
        } else if (m.kind === 'evidence') {
          if (!evidenceIntact(m.evidence)) return { id, ok: false, error: 'evidence refused: its hash does not match its content', code: 'evidenceHash' };
          content = m.evidence;
        } else content = m.head;
        const r = await archive.file(m.taskId, m.kind, content);
        return { id, ok: true, op: 'file', taskId: m.taskId, ...r };
      }
      case 'list':
        return { id, ok: true, op: 'list', tasks: await archive.list(m.taskId) };
      case 'get':
        return { id, ok: true, op: 'get', taskId: m.taskId, file: m.file, content: await archive.get(m.taskId, m.file) };
      case 'heads':
        return { id, ok: true, op: 'heads', anchors: await archive.heads(MAX_OUT - 4096) };
    }
  } catch (e) {
    if (e instanceof ArchiveError) return { id, ok: false, error: e.message, code: e.code, vars: e.vars };
    return { id, ok: false, error: `archive error: ${(e as Error).message}`, code: 'failed', vars: { detail: (e as Error).message } };
  }
}

/** A reply that fits the browser's 1 MB limit, or an error saying it did not. */
function frame(reply: HostReply): Buffer {
  try {
    return encode(reply);
  } catch (e) {
    if (e instanceof FrameError) return encode({ id: reply.id, ok: false, error: `reply larger than ${MAX_OUT} bytes; read the file from the archive folder`, code: 'tooLarge' });
    throw e;
  }
}

/**
 * Serve the browser on stdin/stdout until stdin ends (the browser closes the port). Messages are
 * answered in order; an oversize frame is answered and ends the session. When the browser closes our
 * stdout first (EPIPE: it went away mid-reply), the host stops reading and ends quietly, with `closed`
 * set: an unhandled 'error' event on stdout would crash it with a stack trace in the browser's log.
 */
export async function serve(archive: Archive, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<{ handled: number; refused: number; closed: boolean }> {
  const decoder = new Decoder();
  const counts = { handled: 0, refused: 0, closed: false };
  const gone = () => {
    counts.closed = true;
  };
  output.on('error', gone);
  const reply = async (r: HostReply) => {
    if (counts.closed) return;
    if (!r.ok) counts.refused++;
    else counts.handled++;
    await new Promise<void>((res) => {
      try {
        output.write(frame(r), (err) => {
          if (err) gone();
          res();
        });
      } catch {
        gone();
        res();
      }
    });
  };
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      for (const f of decoder.push(chunk)) await reply(f.ok ? await handle(archive, f.value) : { ok: false, error: f.error.message, code: 'frame' });
      if (decoder.fatal || counts.closed) return counts;
    }
    for (const f of decoder.end()) await reply({ ok: false, error: f.ok ? 'unexpected' : f.error.message, code: 'frame' });
    return counts;
  } finally {
    // Late errors (a write still queued when the browser went) stay handled after we return.
    output.removeListener('error', gone);
    output.on('error', () => {});
  }
}
