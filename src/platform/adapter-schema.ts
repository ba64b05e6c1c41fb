import { z } from 'zod';
import { FIELD_PATHS, ROW_PATHS } from './vocabulary';
import { migrateAdapter } from './migrate-v1';

/** How a field is shown on the page, which decides how it is read and written. */
/** `display` is read-only text the page shows (a draw time, a count); `hidden` an <input type=hidden>. */
export const Widget = z.enum(['text', 'textarea', 'select', 'select2', 'select2-multiple', 'laydate', 'radio', 'checkbox-group', 'display', 'hidden']);
export type Widget = z.infer<typeof Widget>;

const Scalar = z.union([z.string(), z.boolean(), z.number()]);
const RegExpText = z.string().refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: '不是有效的正则表达式 / not a valid regular expression' },
);

/**
 * One field of a page: found by its label text first, by a selector when the label is not there,
 * then read (value, text or an attribute), picked out by a pattern, split, mapped and typed.
 */
export const FieldSpec = z.strictObject({
  /** The model field it feeds: a path of the vocabulary (src/platform/vocabulary.ts, docs/adapters.md). */
  field: z.string().min(1),
  label: z.string().optional().describe('the label text as staff see it, without * and ：'),
  selector: z.string().optional().describe('CSS selector fallback, inside the page frame'),
  widget: Widget,
  /** Which control of the label's cell, when it holds several (a date range: 0 start, 1 end). */
  index: z.number().int().min(0).optional(),
  /** What is read: the control's value (default), its text, or an attribute (`attr:data-code`). */
  from: z.union([z.enum(['value', 'text']), z.string().regex(/^attr:[\w:.-]+$/)]).optional(),
  /** A regular expression over what is read; its first group is the value ("食品（重点）" → "重点"). */
  pattern: RegExpText.optional(),
  /** Split one value into a list at any of these characters (brackets are kept whole). */
  split: z.string().min(1).optional(),
  /** Platform values to model values ("1" → true). */
  map: z.record(z.string(), Scalar).optional(),
  /** Platform values matching a pattern to model values ("^num_" → "fixed"), after `map`. */
  mapPatterns: z.array(z.strictObject({ match: RegExpText, to: Scalar })).optional(),
  /**
   * The control to read is chosen by a radio group of the same row: the checked radio's value is
   * matched against each source's pattern, and the source's selector ($1 = the pattern's first group)
   * finds the control ("num_7" → the input #num_7).
   */
  choose: z
    .strictObject({
      by: z.string().min(1).describe('CSS selector of the radio group, inside the row'),
      sources: z.array(z.strictObject({ match: RegExpText, selector: z.string().min(1) })).min(1),
    })
    .optional(),
});
export type FieldSpec = z.infer<typeof FieldSpec>;

/**
 * A table of rows (the strategy's item rows, a plan's items): each row is found by `rows`, named by
 * its `key` control, and its columns are found by selector inside the row.
 */
export const TableSpec = z.strictObject({
  /** What the rows feed: `items` (item.* columns), the strategy's `entries` (entry.* columns) or the draw's `assignments` (assignment.*: inspectors per object). */
  feeds: z.enum(['items', 'entries', 'assignments']),
  /** Whose items: the plan's or the task's (default: the task's when the page feeds a task). */
  of: z.enum(['plan', 'task']).optional(),
  rows: z.string().min(1).describe('CSS selector of one row, inside the page frame'),
  key: FieldSpec.describe('the control that names a row (its selector is inside the row)'),
  columns: z.array(FieldSpec).default([]),
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

/**
 * The platform's own item list page (随机抽查事项清单): the table whose rows the extension keeps as the item
 * list, for item kind and legal basis where a plan, task or strategy page does not show them. Header texts
 * that differ from the import's (抽查事项名称, 事项类别, 事项编号, 抽查依据) are mapped by `columns`; `kind` is
 * the kind of every row of a page that lists one kind only and shows no kind column.
 */
export const ItemListPageSpec = z.strictObject({
  table: z.string().min(1).describe('CSS selector of the <table>, inside the page frame'),
  columns: z.record(z.string().min(1), z.string().min(1)).default({}),
  kind: z.enum(['key', 'general']).optional(),
});
export type ItemListPageSpec = z.infer<typeof ItemListPageSpec>;

export const PageKind = z.enum(['plan', 'task', 'strategy', 'draw', 'inspectors', 'results', 'list', 'other']);
export type PageKind = z.infer<typeof PageKind>;

const unknownPath = (path: string, valid: string[]) => `未知字段「${path}」；可用的字段：${valid.join(', ')} / unknown field "${path}"; valid fields: ${valid.join(', ')}`;

export const PageSpec = z
  .strictObject({
    kind: PageKind,
    /** A regular expression over the frame's path and query. */
    url: RegExpText.and(z.string().min(1)),
    /** Text that must appear on the page (a heading) for it to count, when URLs are ambiguous. */
    heading: z.string().optional(),
    fields: z.array(FieldSpec).default([]),
    /** Tables of rows on the page: a page feeds every part of the model it shows (the plan and its items). */
    tables: z.array(TableSpec).default([]),
    /**
     * What is true of every page of this kind on this platform and is not shown on it (the market
     * regulator's strategy page draws from the registry of market entities): vocabulary path → value.
     */
    assume: z.record(z.string(), Scalar).default({}),
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
    /** The item list this page shows (the platform's 随机抽查事项清单 page): kept by the extension. */
    itemList: ItemListPageSpec.optional(),
  })
  .superRefine((p, ctx) => {
    p.fields.forEach((f, i) => {
      if (!FIELD_PATHS.includes(f.field)) ctx.addIssue({ code: 'custom', path: ['fields', i, 'field'], message: unknownPath(f.field, FIELD_PATHS) });
    });
    for (const k of Object.keys(p.assume)) if (!FIELD_PATHS.includes(k)) ctx.addIssue({ code: 'custom', path: ['assume', k], message: unknownPath(k, FIELD_PATHS) });
    p.tables.forEach((t, i) => {
      const valid = ROW_PATHS[t.feeds];
      [t.key, ...t.columns].forEach((c, j) => {
        if (!valid.includes(c.field)) ctx.addIssue({ code: 'custom', path: ['tables', i, j === 0 ? 'key' : 'columns', ...(j === 0 ? [] : [j - 1]), 'field'], message: unknownPath(c.field, valid) });
      });
    });
  });
export type PageSpec = z.infer<typeof PageSpec>;

/** One platform, as data (format 2): a user can add their province's without new code. */
export const AdapterV2 = z.strictObject({
  format: z.literal(2),
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Origins it applies to, e.g. http://127.0.0.1:* for the sandbox. */
  origins: z.array(z.string().min(1)).min(1),
  pages: z.array(PageSpec).min(1),
});

/** An adapter as stored or pasted: a format-1 adapter (no `format`) is migrated to format 2 first. */
export const Adapter = z.preprocess(migrateAdapter, AdapterV2);
export type Adapter = z.infer<typeof AdapterV2>;
