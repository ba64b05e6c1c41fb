import type { LiaisonMatrix, MatrixCell } from './matrix';
import type { LiaisonView } from './view';

/** A cell as the liaison page holds it: its colour and counts; the subjects behind it come in pages (cell-pages.ts). */
export type CountedCell = Omit<MatrixCell, 'subjects'>;

export interface CountedMatrix extends Omit<LiaisonMatrix, 'cells' | 'findings'> {
  cells: Record<string, Record<string, CountedCell>>;
}

export interface CountedView extends Omit<LiaisonView, 'matrix'> {
  matrix: CountedMatrix;
}

/**
 * The view without its findings, as the view worker posts it to the page: a province's year lists hundreds of
 * thousands of findings, and a structured copy of the full view would make them all (the lists are made when first
 * read, lazy-field.ts) and copy them into the page. Built field by field so no list is read.
 */
export function countsOnly(v: LiaisonView): CountedView {
  const m = v.matrix;
  const cells: CountedMatrix['cells'] = {};
  for (const [dep, row] of Object.entries(m.cells)) {
    cells[dep] = {};
    for (const [rule, c] of Object.entries(row)) cells[dep][rule] = { colour: c.colour, fails: c.fails, incomplete: c.incomplete, passed: c.passed };
  }
  const matrix: CountedMatrix = { year: m.year, asOf: m.asOf, profile: m.profile, departments: m.departments, rules: m.rules, cells };
  return { matrix, deadlines: v.deadlines, deadlinesUntil: v.deadlinesUntil, charts: v.charts, sources: v.sources, ...(v.profileName !== undefined ? { profileName: v.profileName } : {}) };
}
