import type { ImportAccount, LiaisonView } from '../../core/liaison';
import type { LiaisonRecordRow } from '../../storage/db';

/** What the liaison page asks its view worker (structured clone); seq lets the page drop stale answers. */
export interface ViewAsk {
  seq: number;
  records: LiaisonRecordRow[];
  year: number;
  asOf: string;
  profileId: string;
  overrides?: unknown;
}

export type ViewAnswer = { seq: number; view: LiaisonView; account: ImportAccount } | { seq: number; error: string };
