import { loadProfile, PROFILE_IDS, ProfileError, type ResolvedProfile } from '../core/profiles';
import { BadInput } from './io';

/** `--profile ID`: a built-in profile, or a clear refusal listing the known ids (exit 2, no stack trace). */
export function profileArg(id: string): ResolvedProfile {
  try {
    return loadProfile(id);
  } catch (e) {
    if (e instanceof ProfileError) throw new BadInput(`unknown profile "${id}" / 未知的规则配置；known profiles / 可用配置: ${PROFILE_IDS.join(', ')}`);
    throw e;
  }
}
