/** Why the audit log's chain breaks, in the user's language (verifyChain's `why`; its `reason` is English). */
import type { Anchor, ChainBreak } from '../core/audit/log';
import { formatDateTime } from '../i18n/time';
// The core catalogue, not ./i18n (which reads the browser's language): the helper says these too.
import { msg, type MessageKey } from '../i18n';

/** An anchor in words: the evidence file it came from, else a head filed to the archive; with its time. */
export function anchorWords(a: Anchor | undefined): string {
  const id = /^evidence #(\S+)/.exec(a?.source ?? '')?.[1];
  const name = id ? msg('audit.anchor.evidence', { id }) : msg('audit.anchor.archive');
  return a?.at ? msg('audit.anchor.at', { anchor: name, at: formatDateTime(a.at) }) : name;
}

export const chainBreakText = (why: ChainBreak): string => msg(`audit.break.${why.key}` as MessageKey, { ...why.vars, anchor: anchorWords(why.anchor) });
