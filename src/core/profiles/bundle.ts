import { z } from 'zod';
import { parseWith, type FieldError } from '../model';
import { findQuote } from '../rules/citations';
import type { Rule } from '../rules/types';
import { Profile } from './schema';
import { isBuiltinFile, type PolicyDocument } from './documents';
import { ProfileError, resolveProfile, type ResolvedProfile } from './resolve';

/** At most this many characters of document text in a bundle (a long implementation plan is ~60,000). */
export const MAX_DOCUMENT_CHARS = 1_000_000;

/** The user's own policy text, as the bundle carries it. */
export const BundleDocument = z.strictObject({
  /** The name profiles cite it by (their citations' `file`), e.g. "wuwei-2023". */
  file: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lower-case letters, digits and hyphens'),
  title: z.string().trim().min(1).max(300),
  number: z.string().trim().max(100).optional(),
  place: z.string().trim().min(1).max(100),
  /** Where the text was found: its address or the file it was read from. */
  source: z.string().trim().max(2000).optional(),
  text: z.string().min(1).max(MAX_DOCUMENT_CHARS),
});
export type BundleDocument = z.infer<typeof BundleDocument>;

/**
 * A profile built from a user's document: one file holding the document and the profile that
 * quotes it, to keep, send to colleagues and import. Every value it sets quotes its document
 * verbatim (or a built-in text); what it does not set is inherited from `profile.extends`.
 */
export const ProfileBundle = z.strictObject({
  format: z.literal('dra-profile'),
  version: z.literal(1),
  document: BundleDocument,
  profile: Profile,
  savedAt: z.string().max(40).optional(),
});
export type ProfileBundle = z.infer<typeof ProfileBundle>;

export const docOfBundle = (b: Pick<ProfileBundle, 'document'>): PolicyDocument => ({
  file: b.document.file,
  title: b.document.title,
  ...(b.document.number ? { number: b.document.number } : {}),
  place: { zh: b.document.place, en: b.document.place },
});

export interface CheckContext {
  /** Built-in profiles (by id), which a bundle may extend but not replace. */
  builtinProfiles: Record<string, unknown>;
  /** The built-in policy texts by file name, for quotes a bundle borrows from them. */
  builtinTexts: Record<string, string>;
  rules: readonly Rule[];
}

export type CheckedBundle = { ok: true; bundle: ProfileBundle; resolved: ResolvedProfile } | { ok: false; errors: FieldError[] };

/**
 * Validate a bundle as an import would: its shape, its id (no built-in's), what it extends, that
 * every quote is found verbatim in the text it names, and that its values fit the rules'
 * parameter schemas. Every problem names its field; nothing is half-accepted.
 */
export function checkBundle(raw: unknown, ctx: CheckContext): CheckedBundle {
  const parsed = parseWith(ProfileBundle, raw);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const b = parsed.value;
  const errors: FieldError[] = [];
  const p = b.profile;
  if (p.id in ctx.builtinProfiles) errors.push({ path: 'profile.id', zh: `配置编号 ${p.id} 与内置配置重名`, en: `profile id ${p.id} is a built-in profile's` });
  if (!p.extends || !(p.extends in ctx.builtinProfiles))
    errors.push({ path: 'profile.extends', zh: `必须沿用一个内置配置（${Object.keys(ctx.builtinProfiles).join('、')}）`, en: `must extend a built-in profile (${Object.keys(ctx.builtinProfiles).join(', ')})` });
  if (p.document !== b.document.file)
    errors.push({ path: 'profile.document', zh: `应为本文件的编号 ${b.document.file}`, en: `must be the bundle's document, ${b.document.file}` });
  for (const [ruleId, setting] of Object.entries(p.rules))
    for (const [name, v] of Object.entries(setting.params ?? {})) {
      const at = `profile.rules["${ruleId}"].params.${name}.source`;
      if (!v.source) {
        errors.push({ path: at, zh: '缺少出处：每个值都要选定文件中的条款', en: 'no source: every value must select its clause in the text' });
        continue;
      }
      const text = v.source.file === b.document.file ? b.document.text : isBuiltinFile(v.source.file) ? ctx.builtinTexts[v.source.file] : undefined;
      if (text === undefined) errors.push({ path: `${at}.file`, zh: `未知的文件 ${v.source.file}`, en: `unknown text ${v.source.file}` });
      else if (findQuote(text, v.source.quote) < 0)
        errors.push({ path: `${at}.quote`, zh: `引文「${v.source.quote}」在《${v.source.file === b.document.file ? b.document.title : v.source.file}》中找不到（须逐字一致）`, en: `the quote «${v.source.quote}» is not in ${v.source.file} (it must be verbatim)` });
    }
  if (errors.length) return { ok: false, errors };
  try {
    const resolved = resolveProfile(p.id, { profiles: { ...ctx.builtinProfiles, [p.id]: p }, rules: ctx.rules, documents: [docOfBundle(b)] });
    return { ok: true, bundle: b, resolved };
  } catch (e) {
    if (e instanceof ProfileError) return { ok: false, errors: e.errors.map((x) => ({ ...x, path: x.path.startsWith(`${p.id}.`) ? `profile.${x.path.slice(p.id.length + 1)}` : x.path })) };
    throw e;
  }
}

/** The bundle without its text: what a content script needs to judge a page (least data to the page). */
export const profileOnly = (b: ProfileBundle) => ({ profile: b.profile, document: docOfBundle(b) });
