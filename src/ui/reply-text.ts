/**
 * A refused reply in the user's language. The background answers with short English codes ('profile
 * refused', 'rate limit: …'), which logs and tests match; the user reads the catalogue's words for them,
 * never the code (the Chinese UI shows no English). An unknown code still says that the action was refused.
 */
import { msg, type MessageKey } from '../i18n';

const EXACT: Record<string, MessageKey> = {
  'settings refused': 'reply.settingsRefused',
  'profile refused': 'reply.profileRefused',
  'profile in use': 'reply.profileInUse',
  'template refused': 'reply.templateRefused',
  'adapter refused': 'reply.adapterRefused',
  'item list refused': 'reply.itemListRefused',
  'preview record refused': 'reply.previewRefused',
  'evidence refused': 'reply.evidenceRefused',
  'liaison refused': 'reply.liaisonRefused',
  'strategy refused': 'reply.strategyRefused',
  'served registries refused': 'reply.servedRefused',
  'no registries': 'reply.noRegistries',
  'preview keep unknown': 'reply.previewKeepUnknown',
  'storage full': 'reply.storageFull',
  'a verdict comes from a tab': 'reply.verdictFromTab',
  'a notice is for a tab': 'reply.noticeFromTab',
  'sender is not this extension': 'reply.notThisExtension',
  'sender is neither an extension page nor a content script in a tab': 'reply.noContext',
  'the audit log is empty': 'reply.auditEmpty',
  'the helper archive is not available in this browser': 'reply.archiveMissing',
  'the helper archive gave no reply': 'reply.archiveSilent',
  'no such re-run': 'reply.noSuchRerun',
  'reason already given': 'reply.reasonGiven',
  'not this page’s draw': 'reply.notThisDraw',
};

/** Codes that carry a value: the pattern and the key (a named group fills the placeholder of that name). */
const PATTERNS: Array<[RegExp, MessageKey]> = [
  [/^invalid message: /, 'reply.invalid'],
  [/^\S+ may not be sent from a /, 'reply.notAllowed'],
  [/^rate limit: /, 'reply.rateLimit'],
  [/^message too large: /, 'reply.tooLarge'],
  [/: no limit set for content scripts$/, 'reply.noLimit'],
  [/^the audit log is broken at entry (?<at>\d+)/, 'reply.auditBroken'],
  [/^helper archive unreachable/, 'reply.archiveUnreachable'],
  [/^helper archive: /, 'reply.archiveRefused'],
  [/^no preview (?<id>.*)$/, 'reply.noPreview'],
  [/^no evidence (?<id>.*)$/, 'reply.noEvidence'],
  [/: which one \(id\) is missing$/, 'reply.idMissing'],
];

/** The words for a reply's error code (the code itself is for logs and a tooltip). */
export function replyText(error: string): string {
  const exact = EXACT[error];
  if (exact) return msg(exact);
  for (const [re, key] of PATTERNS) {
    const m = re.exec(error);
    if (m) return msg(key, { ...m.groups });
  }
  return msg('reply.other');
}

/** Every code the catalogue has words for (a test checks each router code is one of them). */
export const KNOWN_REPLY_CODES = Object.keys(EXACT);
export const REPLY_PATTERNS = PATTERNS.map(([re]) => re);
