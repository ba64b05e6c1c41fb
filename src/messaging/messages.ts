import { z } from 'zod';
import { PageKind, type Adapter } from '../platform/adapter-schema';
import type { StrategyTemplate } from '../core/templates/template';
import type { Settings } from '../storage/settings';
import type { PanelSettings } from '../storage/panel-settings';
import type { ListedItem } from '../platform/item-list';
import type { EvidenceRow, LiaisonRecordRow, PreviewRow, VerdictRow } from '../storage/db';
import type { PreviewKept, PreviewSummary } from '../background/draw-preview';
import type { ProfileBundle } from '../core/profiles/bundle';
import type { UserProfile } from '../core/profiles';
import type { ActiveWhy } from '../core/profiles/active';
import type { KnownDepartment } from '../core/known-departments';

/** Records in one liaison.save or liaison.list: a province's year (hundreds of thousands of rows) moves in parts. */
export const LIAISON_SAVE_MAX = 20_000;


const Key = z.string().min(1).max(500);
/** A value that is JSON (no BigInt, no cycle) of at most `max` characters. */
const jsonUpTo = (max: number) => (v: unknown) => {
  try {
    return JSON.stringify(v ?? null).length <= max;
  } catch {
    return false;
  }
};
/**
 * Free-form data the background stores or hashes: JSON values only (Firefox's structured clone can
 * carry NaN, BigInt, Dates and Maps, which the audit hash cannot take), and at most 64 KB of it.
 */
const JsonRecord = z.record(z.string(), z.json()).refine((v) => JSON.stringify(v).length <= 65_536, 'larger than 64 KB');
const Counts = z.strictObject({ error: z.number().int().min(0), warn: z.number().int().min(0), info: z.number().int().min(0), incomplete: z.number().int().min(0) });

/**
 * Every message to the background, validated on arrival; anything else is refused and nothing is
 * done. Payloads the background validates itself (templates, adapters, records, evidence) arrive as
 * unknown and are parsed there with field-naming errors.
 */
export const Request = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('audit.append'), kind: z.enum(['submit-with-findings', 'draw-rerun', 'draw-preview', 'template-fill', 'template-undo']), data: JsonRecord }),
  z.strictObject({ type: z.literal('audit.verify') }),
  /** The entry a 仍要提交 in this frame logged before the page navigated (taken once; audit-notice.ts). */
  z.strictObject({ type: z.literal('audit.notice') }),
  z.strictObject({ type: z.literal('audit.list'), limit: z.number().int().min(1).max(1000).default(100) }),
  /** origin + path + record id: one platform draw. */
  z.strictObject({ type: z.literal('draw.seen'), key: Key, drawnAt: z.string().min(1).max(100), url: z.string().max(2000) }),
  /** Why a draw was run again (required by the panel's re-draw watch): logged next to the re-run's own entry. */
  z.strictObject({ type: z.literal('draw.reason'), key: Key, drawnAt: z.string().min(1).max(100), reason: z.string().trim().min(2).max(500) }),
  z.strictObject({ type: z.literal('settings.get') }),
  /** The departments the stored data names, for the options page's 本部门 list (extension pages only). */
  z.strictObject({ type: z.literal('departments.known') }),
  /** A platform page's panel: only what it needs of the settings on this origin (panel-settings.ts). */
  z.strictObject({ type: z.literal('panel.settings') }),
  /** A platform page's panel: the item list entries of the items its page names (never the list). */
  z.strictObject({ type: z.literal('itemList.match'), refs: z.array(z.strictObject({ id: z.string().max(200).optional(), name: z.string().max(500).optional() })).max(200) }),
  z.strictObject({ type: z.literal('settings.set'), patch: JsonRecord }),
  z.strictObject({ type: z.literal('panel.collapsed'), kind: PageKind, collapsed: z.boolean() }),
  z.strictObject({ type: z.literal('templates.list'), department: z.string().max(100).optional() }),
  z.strictObject({ type: z.literal('templates.save'), template: z.unknown() }),
  z.strictObject({ type: z.literal('templates.delete'), id: Key }),
  z.strictObject({ type: z.literal('adapters.list') }),
  z.strictObject({ type: z.literal('adapters.save'), adapter: z.unknown() }),
  z.strictObject({ type: z.literal('adapters.delete'), id: Key }),
  /** The item list rows a platform's item list page shows (read by its adapter), kept beside the imported list. */
  z.strictObject({ type: z.literal('itemList.page'), url: z.string().max(2000), items: z.array(z.unknown()).max(20000), read: z.number().int().min(0), refused: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('preview.save'), key: Key, url: z.string().max(2000), record: z.unknown() }),
  z.strictObject({ type: z.literal('preview.list'), key: Key.optional() }),
  z.strictObject({ type: z.literal('verdict.report'), url: z.string().max(2000), kind: z.string().max(50), profileId: z.string().max(100), counts: Counts }),
  z.strictObject({ type: z.literal('verdict.clear') }),
  z.strictObject({ type: z.literal('verdict.get'), tabId: z.number().int() }),
  z.strictObject({ type: z.literal('evidence.save'), evidence: z.unknown(), open: z.boolean().default(true) }),
  z.strictObject({ type: z.literal('evidence.get'), id: z.number().int() }),
  z.strictObject({ type: z.literal('data.export') }),
  z.strictObject({ type: z.literal('data.erase'), confirm: z.literal('erase') }),
  /** File a stored preview record, an evidence file or the audit log's head into the helper's archive (一户一档). */
  z.strictObject({ type: z.literal('archive.file'), taskId: z.string().trim().min(1).max(100), what: z.enum(['preview', 'evidence', 'audit-head']), id: z.number().int().optional() }),
  z.strictObject({ type: z.literal('archive.list'), taskId: z.string().trim().min(1).max(100).optional() }),
  z.strictObject({ type: z.literal('archive.get'), taskId: z.string().trim().min(1).max(100), file: z.string().min(1).max(200) }),
  /**
   * The draw preview, run in the background next to the imported registries: the page's strategy goes in
   * (parsed there), counts and hashes come out; no registry row is ever sent to a content script.
   */
  z.strictObject({
    type: z.literal('draw.preview'),
    key: Key,
    url: z.string().max(2000),
    seed: z.string().trim().min(1).max(200),
    taskId: z.string().trim().min(1).max(200),
    strategy: z.unknown(),
    /** What the platform's page serves (the sandbox's registries, 专项库, departments); parsed in the background. */
    served: z.unknown().optional(),
  }),
  /** What a preview's answer is keeping (its `keeping` id): the ids of its records once written, or why not. */
  z.strictObject({ type: z.literal('draw.preview.kept'), keeping: z.string().uuid() }),
  /** Rows of a platform list read from a page browsed or a file imported, for the liaison view. */
  z.strictObject({
    type: z.literal('liaison.save'),
    source: z.strictObject({ kind: z.enum(['page', 'file']), name: z.string().min(1).max(2000) }),
    records: z.array(z.strictObject({ kind: z.enum(['plan', 'task', 'result']), row: z.number().int().min(1), values: z.record(z.string(), z.unknown()) })).max(LIAISON_SAVE_MAX),
  }),
  /** The stored records in key order, `limit` at a time from the key after `after` (a province's year is read in pages). */
  z.strictObject({ type: z.literal('liaison.list'), after: z.string().max(8000).optional(), limit: z.number().int().min(1).max(LIAISON_SAVE_MAX).optional() }),
  /** The user's own profiles (document + profile), for the options page. */
  z.strictObject({ type: z.literal('profiles.list') }),
  /** A profile built or imported: checked field by field by the background (quotes verbatim) before it is kept. */
  z.strictObject({ type: z.literal('profiles.save'), bundle: z.unknown().refine(jsonUpTo(2_200_000), 'not JSON, or larger than 2 MB') }),
  z.strictObject({ type: z.literal('profiles.delete'), id: Key }),
  /** The profile in force here (the sender's origin, the department, the default), without any document text. */
  z.strictObject({ type: z.literal('profile.active') }),
  z.strictObject({ type: z.literal('liaison.clear'), confirm: z.literal('clear') }),
]);
export type Request = z.input<typeof Request>;
export type RequestType = Request['type'];

export interface FieldProblem {
  path: string;
  zh: string;
  en: string;
}

type Chain = { ok: boolean; length?: number; brokenAt?: number; reason?: string; head?: string; anchors?: number; erased?: { entries: number; at: string; by: string } };

/** What each request answers when it succeeds. */
export interface Replies {
  'audit.append': { entry: { seq: number; hash: string }; chain: Chain };
  'audit.verify': { chain: Chain };
  'audit.notice': { notice?: { seq: number; chainOk: boolean } };
  'audit.list': { entries: Array<{ seq: number; kind: string; at: string; hash: string; data: Record<string, unknown> }> };
  /** Every run of this draw seen so far, oldest first; entry when a re-run was logged. */
  'draw.seen': { runs: string[]; entry?: { seq: number; hash: string }; reruns?: Array<{ drawnAt: string; seq: number; reason?: string; reasonSeq?: number }> };
  'draw.reason': { entry: { seq: number; hash: string } };
  'settings.get': { settings: Settings };
  'departments.known': { departments: KnownDepartment[] };
  'panel.settings': { settings: PanelSettings };
  /** One entry (or null) per ref asked, in order; size: how long the list is (0: none imported). */
  'itemList.match': { items: Array<ListedItem | null>; size: number };
  'settings.set': { settings: Settings };
  'panel.collapsed': { saved: true };
  'templates.list': { templates: Array<StrategyTemplate & { id: string }> };
  'templates.save': { template: StrategyTemplate & { id: string } };
  'templates.delete': { deleted: boolean };
  'adapters.list': { adapters: Adapter[]; builtin: string[] };
  'adapters.save': { adapter: Adapter };
  'adapters.delete': { deleted: boolean };
  'itemList.page': { kept: number };
  'preview.save': { id: number; entry: { seq: number; hash: string } };
  'preview.list': { previews: PreviewRow[] };
  'verdict.report': { saved: true };
  'verdict.clear': { cleared: number };
  'verdict.get': { verdicts: VerdictRow[] };
  /** hash: the background's, over what it stored. */
  'evidence.save': { id: number; hash: string };
  'evidence.get': { row?: EvidenceRow };
  'data.export': { data: Record<string, unknown[]>; exportedAt: string };
  'data.erase': { erased: string[] };
  'archive.file': { folder: string; file: string; bytes: number; filedAt: string };
  'archive.list': { tasks: Array<{ taskId: string; folder: string; files: Array<{ file: string; kind: string; bytes: number; filedAt: string }> }> };
  'archive.get': { content: unknown };
  'draw.preview': { preview: PreviewSummary };
  'draw.preview.kept': PreviewKept;
  'liaison.save': { saved: number; refused: Array<{ row: number; reason: string }> };
  'liaison.list': { records: LiaisonRecordRow[] };
  'liaison.clear': { cleared: number };
  'profiles.list': { bundles: ProfileBundle[] };
  'profiles.save': { id: string };
  'profiles.delete': { deleted: boolean };
  /** user: the chosen profile when it is one of the user's own (its document's name, never its text). */
  'profile.active': { profileId: string; why: ActiveWhy; origin?: string; user?: UserProfile; overrides?: unknown };
}

export type Reply<T extends RequestType> = ({ ok: true } & Replies[T]) | { ok: false; error: string; problems?: FieldProblem[] };
/** Any reply, for code that handles them generically. */
export type Response = Reply<RequestType>;
