import { useState } from 'preact/hooks';
import type { FieldProblem, Response } from '../../messaging/messages';
import { pick } from '../i18n';

/** What a section says after an action: done, or the problems by field (never swallowed). */
export interface Said {
  ok: boolean;
  text: string;
  problems?: FieldProblem[];
}

export function useSaid() {
  const [said, setSaid] = useState<Said | null>(null);
  const fromReply = (r: Response, done: string) => setSaid(r.ok ? { ok: true, text: done } : { ok: false, text: r.error, problems: r.problems });
  return { said, setSaid, fromReply };
}

export function SaidLine({ said }: { said: Said | null }) {
  if (!said) return null;
  return (
    <div class={said.ok ? 'said ok' : 'said bad'} role="status">
      <p>{said.text}</p>
      {said.problems && said.problems.length > 0 && (
        <ul class="problems">
          {said.problems.map((p) => (
            <li data-path={p.path}>
              <code>{p.path}</code>: {pick(p)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
