import { BUILTIN_PROFILES } from '../core/profiles';
import { lang, pick, type Lang } from './index';

/** A rule profile by its name (基准（五份文件综合）, 深圳 2018 …); an id that is no built-in profile stays as it is. */
export function profileName(id: string, inLang: Lang = lang()): string {
  const n = (BUILTIN_PROFILES[id] as { name?: { zh: string; en: string } } | undefined)?.name;
  return n ? pick(n, inLang) : id;
}
