import type { PlanInput } from '../model';
import type { Column } from './headers';
import type { Bilingual, LocatedTable, TableRow } from './read-table';
import { parseRate, type RateCell } from './grammar/rate';
import { frequencyPart, parseFrequency } from './grammar/frequency';
import { parsePeriod, type PeriodCell } from './grammar/period';
import { parseDepartments, type DepartmentName } from './grammar/departments';
import { parseDirected } from './grammar/directed';
import { parseLevel } from './grammar/level';
import { parseCredit } from './grammar/credit';
import type { CellRead } from './grammar/normalise';

/** What became of one cell: read by its grammar, kept as text, refused (with the reason), or in a column we do not know. */
export interface CellNote {
  row: number;
  col: number;
  header: string;
  text: string;
  status: 'read' | 'text' | 'refused' | 'ignored' | 'merged';
  reason?: Bilingual;
  /** how a cell that was read was taken, when that is a choice the reader should see (several bodies in one 抽查主体 cell) */
  remark?: Bilingual;
}

export interface CellRef {
  row: number;
  col: number;
}

/** A plan made from one or more rows of the table, and where each of its fields was read. */
export interface TablePlan {
  plan: PlanInput;
  rows: number[];
  /** plan-relative field path (start, participants, items[0].rate…) → the cell it was read from */
  cells: Record<string, CellRef>;
}

export interface TablePlans {
  plans: TablePlan[];
  cells: CellNote[];
  /** rows that could not become (part of) a plan */
  refused: Array<{ row: number; reason: Bilingual; cells: string[] }>;
}

/** 发起处室 / 联合处室: the offices of one department (局内部联合), not departments of a 跨部门 joint check. */
const INTERNAL = /处室|科室|股室/;

const TEXT_COLUMNS: Column[] = ['seq', 'planId', 'name', 'item', 'objects', 'office', 'method', 'basis', 'note', 'flag'];

interface RowValues {
  row: TableRow;
  text: Partial<Record<Column, { text: string; col: number; merged: boolean }>>;
  rate?: { value: RateCell; col: number };
  frequency?: { value: { min?: number; max?: number; exact?: number }; col: number; text: string };
  period?: { value: PeriodCell; col: number };
  lead?: { value: DepartmentName[]; col: number };
  /** several inspecting bodies named in a 抽查主体 cell of a table with no lead column */
  inspectors?: { value: DepartmentName[]; col: number };
  partners?: { value: DepartmentName[]; col: number };
  directed?: { value: boolean; col: number };
  levels?: { value: NonNullable<PlanInput['levels']>; col: number };
  credit?: { value: NonNullable<PlanInput['credit']>; col: number };
  librarySize?: number;
}

/** Read every cell of a row by its column's grammar, noting what became of each. */
function readRow(t: LocatedTable, row: TableRow, notes: CellNote[]): RowValues {
  const v: RowValues = { row, text: {} };
  const hasLead = t.columns.includes('lead');
  const hasPartners = t.columns.includes('partners');
  row.cells.forEach((cell, col) => {
    const text = cell?.text ?? '';
    if (!text.trim()) return;
    const column = t.columns[col];
    const note: CellNote = { row: row.row, col, header: t.headers[col] ?? `第${col + 1}列`, text, status: 'text' };
    const take = <T>(r: CellRead<T>, put: (x: T) => void) => {
      if (r.ok) {
        put(r.value);
        note.status = 'read';
      } else Object.assign(note, { status: 'refused', reason: r.reason });
    };
    switch (column) {
      case undefined:
        // A merged copy was reported once, at the cell it copies.
        if (!cell?.merged) Object.assign(note, { status: 'ignored', reason: { zh: `列「${note.header}」不是已知的计划表列，未使用`, en: `column "${note.header}" is not a known plan-table column; not used` } });
        break;
      case 'rate':
      case 'count':
      case 'rateAndFrequency':
        take(parseRate(text), (x) => (v.rate = { value: v.rate ? { ...v.rate.value, ...x, percent: v.rate.value.percent ?? x.percent } : x, col }));
        if (column === 'rateAndFrequency') {
          // The frequency part is read or reported with its text: the rate may be read while the part
          // after it (「抽查1」, 「1/」) is not, and that part is never dropped without a word.
          const part = frequencyPart(text);
          if (part) {
            const r = parseFrequency(part);
            if (r.ok) v.frequency = { value: r.value, col, text: part };
            else
              Object.assign(note, {
                status: 'refused',
                reason: {
                  zh: `频次部分「${part}」无法识别${note.status === 'read' ? '（比例已读取）' : ''}`,
                  en: `the frequency part "${part}" is unreadable${note.status === 'read' ? ' (the rate was read)' : ''}`,
                },
              });
          }
        }
        break;
      case 'librarySize':
        if (/^\d+$/.test(text.trim())) {
          v.librarySize = Number(text.trim());
          note.status = 'read';
        } else Object.assign(note, { status: 'refused', reason: { zh: `「${text}」不是整数`, en: `"${text}" is not a whole number` } });
        break;
      case 'frequency':
        take(parseFrequency(text), (x) => (v.frequency = { value: x, col, text }));
        break;
      case 'period':
      case 'start':
      case 'deadline':
        take(parsePeriod(text, t.year, column === 'period' ? 'period' : column), (x) => (v.period = { value: { ...v.period?.value, ...x }, col }));
        break;
      case 'lead':
        take(parseDepartments(text), (x) => (v.lead = { value: x, col }));
        // Several initiators in one cell are all taken as leads, and said so: one must lead a joint check.
        if (v.lead && v.lead.value.length > 1 && !INTERNAL.test(note.header))
          note.remark = {
            zh: `列出 ${v.lead.value.length} 个发起部门（${v.lead.value.map((d) => d.name).join('、')}）：均按牵头部门计；联合抽查只能有一个牵头部门`,
            en: `${v.lead.value.length} initiating departments (${v.lead.value.map((d) => d.name).join(', ')}): all counted as leads; a joint check has one`,
          };
        if (note.status === 'read' && INTERNAL.test(note.header))
          note.remark = { zh: '发起处室：本部门内部联合抽查，不按跨部门联合抽查判断', en: 'initiating office: a joint check inside one department, not judged as a cross-department joint check' };
        break;
      case 'partners':
        take(parseDepartments(text), (x) => (v.partners = { value: x, col }));
        break;
      case 'subject':
        if (hasLead) break;
        take(parseDepartments(text), (x) => {
          // 抽查主体 names who inspects, not who initiates a joint check. One body is the plan's own
          // department; several (市交通委运输局、各区县交通局) are not all taken as leads: the cell says so.
          if (x.length > 1 && !hasPartners) {
            note.remark = {
              zh: `列出 ${x.length} 个检查主体（${x.map((d) => d.name).join('、')}），表中没有发起部门列：不当作联合抽查的多个牵头部门`,
              en: `${x.length} inspecting bodies (${x.map((d) => d.name).join(', ')}) and no initiating-department column: not taken as several leads of a joint check`,
            };
            v.inspectors = { value: x, col };
          } else v.lead = { value: x, col };
        });
        break;
      case 'directed':
        take(parseDirected(text), (x) => (v.directed = { value: x, col }));
        break;
      case 'level':
        take(parseLevel(text), (x) => (v.levels = { value: x, col }));
        break;
      case 'credit':
        take(parseCredit(text), (x) => (v.credit = { value: x, col }));
        break;
      default:
        if (!TEXT_COLUMNS.includes(column)) break;
    }
    if (column && (TEXT_COLUMNS.includes(column) || column === 'subject')) v.text[column] = { text: text.trim(), col, merged: !!cell?.merged };
    if (cell?.merged && note.status !== 'refused' && note.status !== 'ignored') note.status = 'merged';
    notes.push(note);
  });
  return v;
}

/** Rows that belong together: the same 序号 (a merged 序号 spans them), or a row with neither 序号 nor name of its own. */
function groupRows(values: RowValues[]): RowValues[][] {
  const groups: RowValues[][] = [];
  let lastKey: string | undefined;
  for (const v of values) {
    const seq = v.text.seq ?? v.text.planId;
    const name = v.text.name;
    const ownName = name && !name.merged;
    const key = seq ? `seq:${seq.text}` : ownName ? `row:${v.row.row}` : undefined;
    if (groups.length && (key === undefined || key === lastKey)) groups[groups.length - 1].push(v);
    else groups.push([v]);
    if (key) lastKey = key;
  }
  return groups;
}

const participantsOf = (names: DepartmentName[]) => names.map((d) => ({ id: d.anyOf ? d.anyOf.join('或') : d.name, name: d.name }));

/**
 * Turn the rows of a located plan table into plans: one per 序号 (continuation rows joined), the
 * departments of the 发起/牵头 cells as leads and of the 配合/参与 cells as responding, each row's
 * 抽查事项 an item with its rate and frequency. Every cell ends in the notes.
 */
export function tablePlans(t: LocatedTable): TablePlans {
  const notes: CellNote[] = [];
  const refused: TablePlans['refused'] = [];
  const values = t.rows.map((r) => readRow(t, r, notes));
  const plans: TablePlan[] = [];
  for (const group of groupRows(values)) {
    const first = group[0];
    const name = first.text.name?.text ?? first.text.item?.text;
    if (!name) {
      for (const g of group) refused.push({ row: g.row.row, reason: { zh: '没有任务名称或抽查事项，无法成为计划行', en: 'no task name or check item: not a plan row' }, cells: g.row.cells.map((c) => c?.text ?? '') });
      continue;
    }
    if (!t.year) {
      for (const g of group)
        refused.push({ row: g.row.row, reason: { zh: '无法确定计划年度：标题中没有「XXXX年度」，请用 --year 指定', en: 'no plan year: the title names none; give --year' }, cells: g.row.cells.map((c) => c?.text ?? '') });
      continue;
    }
    const cells: Record<string, CellRef> = {};
    const at = (field: string, row: number, col: number) => (cells[field] ??= { row, col });
    const leads = new Map<string, string>();
    const partners = new Map<string, string>();
    let period: PeriodCell | undefined;
    let directed: boolean | undefined;
    let levels: PlanInput['levels'];
    let credit: PlanInput['credit'];
    let inspectors: DepartmentName[] | undefined;
    let objects: string | undefined;
    for (const g of group) {
      const r = g.row.row;
      if (g.lead) {
        // A continuation row's own department (its 联查/发起 cell, not merged) takes part in the task
        // the first row leads: it responds, it does not lead.
        const own = g !== first && !g.row.cells[g.lead.col]?.merged;
        for (const p of participantsOf(g.lead.value)) (own ? partners : leads).set(p.id, p.name);
        at('participants', r, g.lead.col);
      }
      if (g.partners) {
        for (const p of participantsOf(g.partners.value)) partners.set(p.id, p.name);
        at('participants', r, g.partners.col);
      }
      if (g.period && !period) {
        period = g.period.value;
        at('start', r, g.period.col);
        at('end', r, g.period.col);
        at('batches', r, g.period.col);
      }
      if (g.directed && directed === undefined) (directed = g.directed.value), at('directed', r, g.directed.col);
      if (g.inspectors && !inspectors) (inspectors = g.inspectors.value), at('participants', r, g.inspectors.col);
      // A directed plan's 抽查对象(范围) is its condition in words (type, trade, area): 太原市农药生产经营主体.
      if (g.text.objects && !objects) (objects = g.text.objects.text), at('filters', r, g.text.objects.col);
      if (g.levels && !levels) (levels = g.levels.value), at('levels', r, g.levels.col);
      if (g.credit && !credit) (credit = g.credit.value), at('credit', r, g.credit.col);
    }
    if (first.text.name) at('name', first.row.row, first.text.name.col);
    for (const id of leads.keys()) partners.delete(id);
    const items = group.map((g, k) => {
      const rate = g.rate?.value;
      const text = g.text.item?.text ?? g.text.name?.text ?? name;
      const item: NonNullable<PlanInput['items']>[number] = { itemId: `${t.source}:${g.row.row}`, name: text };
      if (g.text.item) at(`items[${k}]`, g.row.row, g.text.item.col);
      else at(`items[${k}]`, g.row.row, first.text.name?.col ?? 0);
      if (rate) {
        const size = g.librarySize ?? rate.librarySize;
        item.rate = { ...rate, ...(size !== undefined ? { librarySize: size } : {}), text: g.row.cells[g.rate!.col]?.text };
        if (rate.percent?.exact !== undefined && !rate.parts) item.ratePercent = rate.percent.exact;
        at(`items[${k}].rate`, g.row.row, g.rate!.col);
        at(`items[${k}].ratePercent`, g.row.row, g.rate!.col);
      }
      if (g.frequency) {
        item.frequency = { ...g.frequency.value, text: g.frequency.text };
        at(`items[${k}].frequency`, g.row.row, g.frequency.col);
      }
      // The 抽查事项 / 检查内容 cell names what is checked: it is the item's content.
      if (g.text.item) item.content = g.text.item.text;
      if (g.text.method) item.method = g.text.method.text;
      if (g.text.subject) item.subject = g.text.subject.text;
      if (g.text.basis) item.legalBasis = g.text.basis.text;
      return item;
    });
    const all = [...[...leads].map(([id, n]) => ({ departmentId: id, name: n, role: 'lead' as const })), ...[...partners].map(([id, n]) => ({ departmentId: id, name: n, role: 'responding' as const }))];
    // Several inspecting bodies and nothing else: each inspects at its own level; the plan is the
    // department's own, with no lead to judge.
    const own = !all.length && inspectors;
    const leadHeader = t.columns.indexOf('lead');
    const internal = leadHeader >= 0 && INTERNAL.test(t.headers[leadHeader] ?? '');
    if (own) all.push(...participantsOf(own).map((p) => ({ departmentId: p.id, name: p.name, role: 'lead' as const })));
    const plan: PlanInput = {
      id: first.text.planId?.text && !/^\*+$/.test(first.text.planId.text) ? first.text.planId.text : `${t.source}:${first.row.row}`,
      name,
      year: t.year,
      kind: 'annual',
      scope: all.length > 1 && !own && !internal ? 'joint' : 'own',
      ...(directed && objects ? { filters: { types: [objects] } } : {}),
      participants: all,
      start: period?.start,
      end: period?.end,
      batches: period?.batches,
      directed,
      levels,
      credit,
      responsibleUnit: first.text.office?.text,
      items,
    };
    plans.push({ plan, rows: group.map((g) => g.row.row), cells });
  }
  return { plans, cells: notes, refused };
}
