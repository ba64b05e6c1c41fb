import Dexie, { type EntityTable } from 'dexie';
import type { AuditEntry } from '../core/audit';
import type { Adapter } from '../platform/adapter-schema';
import type { StrategyTemplate } from '../core/templates/template';
import type { DrawRecord } from '../core/draw/record-schema';
import type { Evidence } from '../core/risk/evidence';

/** One run of a platform draw seen by the extension: which draw (page + record id) and when it ran. */
export interface DrawRun {
  id?: number;
  key: string;
  drawnAt: string;
  seenAt: string;
  /** A re-run (not the first run): the audit entry that logged it. */
  rerunSeq?: number;
  /** Why it was run again, as the user gave it in the panel, and the audit entry that logged the reason. */
  reason?: string;
  reasonSeq?: number;
}

/** A key/value setting (the active profile, overrides, the user's department, origins). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A draw preview the panel ran, kept with the page and task it was run for. */
export interface PreviewRow {
  id?: number;
  /** origin + path + record id, as for DrawRun. */
  key: string;
  url: string;
  savedAt: string;
  /** Without its result when `resultBytes` or `resultText` holds it (preview-rows.ts): read through previewRecord(). */
  record: DrawRecord | Omit<DrawRecord, 'result'>;
  /** The result's canonical JSON as UTF-8, for a large preview: the bytes its hash was taken over, stored as they are. */
  resultBytes?: Uint8Array;
  /** The same as text (rows kept before 2026-12-04; still read). */
  resultText?: string;
}

/** The latest verdict of the panel in one frame of one tab, for the popup. */
export interface VerdictRow {
  tabId: number;
  frameId: number;
  url: string;
  kind: string;
  profileId: string;
  counts: { error: number; warn: number; info: number; incomplete: number };
  at: string;
}

export interface EvidenceRow {
  id?: number;
  savedAt: string;
  evidence: Evidence;
}

/**
 * One row of a platform list (plan, task or result) kept for the liaison view: the fields the list
 * reader took from it, and the page or file and time it was read. The latest read of a record wins.
 */
export interface LiaisonRecordRow {
  /** `plan:<id>`, `task:<id>` or `result:<task>/<object>` */
  key: string;
  kind: 'plan' | 'task' | 'result';
  values: Record<string, unknown>;
  source: { kind: 'page' | 'file'; name: string };
  row: number;
  readAt: string;
  /** The origin of the page it was read on (a page of another origin cannot replace it); absent for file imports. */
  origin?: string;
}

/**
 * The extension's own database (IndexedDB in the extension's origin, opened only by the background
 * and extension pages, never in the platform's pages). Schema versions are declared here and only
 * ever added to.
 */
export class DraDb extends Dexie {
  audit!: EntityTable<AuditEntry, 'seq'>;
  drawRuns!: EntityTable<DrawRun, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  templates!: EntityTable<StrategyTemplate & { id: string }, 'id'>;
  adapters!: EntityTable<Adapter, 'id'>;
  previews!: EntityTable<PreviewRow, 'id'>;
  verdicts!: Dexie.Table<VerdictRow, [number, number]>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  liaisonRecords!: EntityTable<LiaisonRecordRow, 'key'>;

  constructor(name = 'dra') {
    super(name);
    this.version(1).stores({ audit: 'seq, kind, at' });
    // v2: the runs of the platform's draws, to watch re-draws before 锁定名单.
    this.version(2).stores({ drawRuns: '++id, key, &[key+drawnAt]' });
    // v3: settings, strategy templates, user adapters, draw previews, per-tab verdicts, evidence files.
    this.version(3).stores({
      settings: 'key',
      templates: 'id, department, name',
      adapters: 'id',
      previews: '++id, key, savedAt',
      verdicts: '[tabId+frameId], tabId',
      evidence: '++id, savedAt',
    });
    // v4: platform list rows (plans, tasks, results) read for the liaison view, from pages browsed or files imported.
    this.version(4).stores({ liaisonRecords: 'key, kind, readAt' });
  }
}

/** Tables a user's export holds and an erase empties (verdicts are transient and not exported). */
export const USER_TABLES = ['settings', 'templates', 'adapters', 'previews', 'drawRuns', 'evidence', 'audit', 'liaisonRecords'] as const;
