import type { ValueOrigin } from './resolve';

/** Where a value comes from (src/i18n/provenance.ts says it in words: 本地文件《…》, 借用自《…》, 用户覆盖). */
export interface Provenance {
  origin: ValueOrigin;
  /** The profile layer that set the value. */
  profile: string;
  source?: { file: string; section: string; quote?: string };
}
