import type { CellSubject, LiaisonMatrix, MatrixCell } from './matrix';

/** One page of a cell's list: the subjects from `from` on, and how many the cell lists in all. */
export interface CellPage {
  departmentId: string;
  ruleId: string;
  from: number;
  subjects: CellSubject[];
  total: number;
}

/** Makes subjects [from, from + count) of one department's cell of one rule. */
export type CellPager = (departmentId: string, from: number, count: number) => CellSubject[];

const pagers = new WeakMap<LiaisonMatrix, Map<string, CellPager>>();

/** Called by buildMatrix for each rule: how that rule's cells are paged without making every finding of the year. */
export function setCellPager(m: LiaisonMatrix, ruleId: string, pager: CellPager): void {
  let byRule = pagers.get(m);
  if (!byRule) pagers.set(m, (byRule = new Map()));
  byRule.set(ruleId, pager);
}

/**
 * A page of the subjects behind a cell, in the order of the cell's full list (`cells[dep][rule].subjects`). A cell
 * of a province's year may list 80,000 results: the page is made alone (result-rule pages run the rule over the
 * few tasks the page covers), so the liaison page shows the first rows at once and asks for more.
 */
export function cellPage(m: LiaisonMatrix, departmentId: string, ruleId: string, from: number, count: number): CellPage {
  const c: MatrixCell | undefined = m.cells[departmentId]?.[ruleId];
  if (!c) throw new Error(`no cell ${departmentId} × ${ruleId} in the liaison matrix`);
  const total = c.fails + c.incomplete;
  const start = Math.max(0, Math.min(Math.floor(from), total));
  const end = Math.min(total, start + Math.max(0, Math.floor(count)));
  const pager = pagers.get(m)?.get(ruleId);
  const subjects = end <= start ? [] : pager ? pager(departmentId, start, end - start) : c.subjects.slice(start, end);
  return { departmentId, ruleId, from: start, subjects, total };
}
