import { z } from 'zod';

/** How a field is shown on the page, which decides how it is read and written. */
/** `display` is read-only text the page shows (a draw time, a count), read from the element's text. */
export const Widget = z.enum(['text', 'textarea', 'select', 'select2', 'select2-multiple', 'laydate', 'radio', 'checkbox-group', 'display']);
export type Widget = z.infer<typeof Widget>;

/** One field of a page: found by its label text first, by a selector when the label is not there. */
export const FieldSpec = z.strictObject({
  /** The model field it fills (a key of the page's reader, e.g. `name`, `start`, `responders`). */
  field: z.string().min(1),
  label: z.string().optional().describe('the label text as staff see it, without * and ：'),
  selector: z.string().optional().describe('CSS selector fallback, inside the page frame'),
  widget: Widget,
  /** Which control of the label's cell, when it holds several (a date range: 0 start, 1 end). */
  index: z.number().int().min(0).optional(),
  /** For `display` text: a regular expression whose first group is the value ("食品（重点）" → "重点"). */
  pattern: z.string().optional(),
  /** Platform values to model values ("1" → true). */
  values: z.record(z.string(), z.union([z.string(), z.boolean(), z.number()])).optional(),
});
export type FieldSpec = z.infer<typeof FieldSpec>;

/**
 * A table of rows the user fills, one row per record (the strategy's item rows): each row is found
 * by `rows`, named by its `key` control, and its columns are found by selector inside the row.
 */
export const TableSpec = z.strictObject({
  field: z.string().min(1).describe('the model field the rows fill, e.g. entries'),
  rows: z.string().min(1).describe('CSS selector of one row, inside the page frame'),
  key: FieldSpec.describe('the control that names a row (its selector is inside the row)'),
  columns: z.array(FieldSpec).min(1),
});
export type TableSpec = z.infer<typeof TableSpec>;

/**
 * A list table the platform shows (plans, tasks, results) that the liaison view reads as staff
 * browse: the table, and, where the page's header texts differ from the export's, which model
 * field each header is (header text → field of src/core/liaison/lists/spec.ts).
 */
export const ListTableSpec = z.strictObject({
  list: z.enum(['plan', 'task', 'result']),
  table: z.string().min(1).describe('CSS selector of the <table>, inside the page frame'),
  columns: z.record(z.string().min(1), z.string().min(1)).default({}),
});
export type ListTableSpec = z.infer<typeof ListTableSpec>;

export const PageKind = z.enum(['plan', 'task', 'strategy', 'draw', 'inspectors', 'results', 'list', 'other']);
export type PageKind = z.infer<typeof PageKind>;

export const PageSpec = z.strictObject({
  kind: PageKind,
  /** A regular expression over the frame's path and query. */
  url: z.string().min(1),
  /** Text that must appear on the page (a heading) for it to count, when URLs are ambiguous. */
  heading: z.string().optional(),
  fields: z.array(FieldSpec).default([]),
  tables: z.array(TableSpec).default([]),
  /**
   * What is true of every page of this kind on this platform and is not shown on it (the market
   * regulator's strategy page draws from the registry of market entities).
   */
  assume: z.record(z.string(), z.union([z.string(), z.boolean(), z.number()])).default({}),
  /** The query parameter that names the record edited (a task id), to tell one draw's runs from another's. */
  idParam: z.string().optional(),
  /**
   * Where the platform serves its registries as the model's JSON (a RegistryBundle), relative to the
   * page, `{id}` standing for the record id: only the sandbox does; elsewhere imported registries are used.
   */
  registries: z.string().optional(),
  /** The page's own save / submit / lock buttons: the panel checks before they act. */
  submit: z.array(z.string().min(1)).default([]),
  /** List tables on this page whose rows the liaison view keeps (read only, never sent anywhere). */
  lists: z.array(ListTableSpec).optional(),
});
export type PageSpec = z.infer<typeof PageSpec>;

/** One platform, as data: a user can add their province's without new code. */
export const Adapter = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Origins it applies to, e.g. http://127.0.0.1:* for the sandbox. */
  origins: z.array(z.string().min(1)).min(1),
  pages: z.array(PageSpec).min(1),
});
export type Adapter = z.infer<typeof Adapter>;
