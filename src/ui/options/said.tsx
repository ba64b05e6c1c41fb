import { useState } from 'preact/hooks';
import type { FieldProblem, Response } from '../../messaging/messages';
import { msg, pick } from '../i18n';
import { overridePathLabel } from './override-words';
import { replyText } from '../reply-text';
import { fieldLabel, hasFieldLabel } from '../../i18n/field-label';
import { NOT_WORDS } from './ProfileSection';

/** What a section says after an action: done, or the problems by field (never swallowed). */
export interface Said {
  ok: boolean;
  text: string;
  /** The background's own code for a refusal: a tooltip for whoever reports it, never the text. */
  code?: string;
  problems?: FieldProblem[];
}

export function useSaid() {
  const [said, setSaid] = useState<Said | null>(null);
  const fromReply = (r: Response, done: string) => setSaid(r.ok ? { ok: true, text: done } : { ok: false, text: replyText(r.error), code: r.error, problems: r.problems });
  return { said, setSaid, fromReply };
}

export function SaidLine({ said }: { said: Said | null }) {
  if (!said) return null;
  return (
    <div class={said.ok ? 'said ok' : 'said bad'} role="status" title={said.code}>
      <p>{said.text}</p>
      {said.problems && said.problems.length > 0 && (
        <ul class="problems">
          {said.problems.map((p) => (
            <li data-path={p.path}>
              {/* A field by its label where the catalogue has one; else the path, marked as a code (not words). */}
              {(() => {
                const label = overridePathLabel(p.path) ?? (hasFieldLabel(p.path) ? fieldLabel(p.path) : undefined);
                return label ? msg('common.problem', { where: label, what: pick(p) }) : <><code {...NOT_WORDS}>{p.path}</code>{msg('common.problem', { where: '', what: pick(p) })}</>;
              })()}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
