import type { CellPage, CountedView, ImportAccount } from '../../core/liaison';
import type { Submitter } from '../../core/liaison/report/html';
import type { LiaisonRecordRow } from '../../storage/db';
import type { ImportFile, ImportRecord } from './read-import';

/**
 * A part of the records the views are made of, posted in parts (page-parts.ts). `gen` names the records: a part
 * from 0 starts them again; the worker keeps them for every view until the page posts others.
 */
export interface RecordsPart {
  type: 'records';
  gen: number;
  from: number;
  records: LiaisonRecordRow[];
}

/** The view of the records held (gen, count of them) for a year and profile; seq lets the page drop stale answers. */
export interface ViewAsk {
  type?: 'view';
  seq: number;
  gen: number;
  count: number;
  year: number;
  asOf: string;
  profileId: string;
  overrides?: unknown;
}

/** A page of one cell's subjects, of the view asked under seq. */
export interface CellAsk {
  type: 'cell';
  seq: number;
  departmentId: string;
  ruleId: string;
  from: number;
  count: number;
}

/** The view asked under seq as a report (made in the worker: a report lists every finding). */
export interface ReportAsk {
  type: 'report';
  seq: number;
  /** tells the page which of its asks this answers */
  id: number;
  format: 'xlsx' | 'html';
  generatedAt: string;
  departmentId?: string;
  submitter?: Submitter;
}

/** Files chosen for import, read and split into records here, off the page's thread (File objects post cheaply). */
export interface ReadAsk {
  type: 'read';
  /** tells the page which of its asks this answers */
  id: number;
  files: File[];
}

export type WorkerAsk = RecordsPart | ViewAsk | CellAsk | ReportAsk | ReadAsk;

/**
 * What the worker posts (structured clone). The view holds counts only (countsOnly): a cell's subjects are posted
 * when the page asks for them, a page at a time.
 */
export type ViewAnswer =
  | ({ ask: 'view'; seq: number } & ({ view: CountedView; account: ImportAccount } | { error: string }))
  | ({ ask: 'cell'; seq: number } & ({ page: CellPage } | { error: string }))
  | ({ ask: 'report'; seq: number; id: number } & ({ data: Uint8Array | string } | { error: string }))
  | { ask: 'read'; id: number; files: ImportFile[] }
  /** a part of a read sheet's records, posted before the 'read' answer (which then carries them empty) */
  | { ask: 'read-part'; id: number; file: number; sheet: number; records: ImportRecord[] };
