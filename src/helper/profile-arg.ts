import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILTIN_PROFILES, loadProfile, PROFILE_IDS, ProfileError, type ResolvedProfile } from '../core/profiles';
import { checkBundle, docOfBundle, type ProfileBundle } from '../core/profiles/bundle';
import { allRules } from '../core/rules/registry';
import { POLICY_FILES } from '../core/rules/types';
import { msg } from '../i18n';
import { BadInput, type CommandIO, type Lang } from './io';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The five built-in texts from docs/policy/, for checking quotes a bundle borrows from them. */
export function builtinTexts(): Record<string, string> {
  return Object.fromEntries(POLICY_FILES.map((f) => [f, readFileSync(join(root, 'docs', 'policy', f), 'utf8')]));
}

export const problemLines = (errors: Array<{ path: string; zh: string; en: string }>, lang: Lang) => errors.map((x) => `  ${x.path}: ${x[lang]}`).join('\n');

/** Read and check a profile bundle file (dra profile new|export write them); BadInput naming each bad field. */
export async function readBundle(path: string, io: CommandIO, lang: Lang): Promise<{ bundle: ProfileBundle; resolved: ResolvedProfile }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await io.readFile(resolvePath(io.cwd, path)));
  } catch (e) {
    throw new BadInput(`${path}: ${msg('profileCli.notJson', { error: (e as Error).message }, lang)}`);
  }
  const checked = checkBundle(raw, { builtinProfiles: BUILTIN_PROFILES, builtinTexts: builtinTexts(), rules: allRules });
  if (!checked.ok) throw new BadInput(`${path}: ${msg('profileCli.badFile', undefined, lang)}\n${problemLines(checked.errors, lang)}`);
  return checked;
}

/**
 * `--profile`: a built-in id, or a profile file (a bundle built with `dra profile new`). An unknown
 * id lists the known ones (the one message, from the core); a bad file names its fields.
 */
export async function loadProfileArg(arg: string, overrides: unknown, io: CommandIO, lang: Lang): Promise<ResolvedProfile> {
  const looksLikeFile = /\.json$/i.test(arg) || arg.includes('/') || existsSync(resolvePath(io.cwd, arg));
  try {
    if (looksLikeFile && !(arg in BUILTIN_PROFILES)) {
      const { bundle } = await readBundle(arg, io, lang);
      return loadProfile(bundle.profile.id, overrides, [{ profile: bundle.profile, document: docOfBundle(bundle) }]);
    }
    return loadProfile(arg, overrides);
  } catch (e) {
    if (e instanceof ProfileError) throw new BadInput(`${msg('profileCli.badProfile', undefined, lang)}\n${problemLines(e.errors, lang)}`);
    throw e;
  }
}

/** `--profile ID` for draw, verify and announce: a built-in profile, or a clear refusal listing the known ids (exit 2, no stack trace). */
export function profileArg(id: string): ResolvedProfile {
  try {
    return loadProfile(id);
  } catch (e) {
    if (e instanceof ProfileError) throw new BadInput(msg('cli.profile.unknown', { id, known: PROFILE_IDS.join(', ') }));
    throw e;
  }
}
