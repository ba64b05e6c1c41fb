import { readFileSync } from 'node:fs';
import { POLICY_FILES } from '../../src/core/rules/types';
export { BUILTIN_PROFILES, loadProfile } from '../../src/core/profiles';

/** The five built-in texts, read as the helper reads them. */
export const POLICY_FILES_TEXTS: Record<string, string> = Object.fromEntries(POLICY_FILES.map((f) => [f, readFileSync(new URL(`../../docs/policy/${f}`, import.meta.url), 'utf8')]));
