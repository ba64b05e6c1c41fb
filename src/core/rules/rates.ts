import type { Dossier } from '../model';
import type { Outcome } from './types';
import { eachItem, eachTask, fail, itemLabel, missing, pass, resolveItem, taskSubject, type ResolvedItem } from './walk';

/** An item's sampling rate where it is used: a percent, and the field it was read from. */
export interface RateRef {
  item: ResolvedItem;
  /** undefined when neither a rate nor a fixed count over a known library size is given. */
  percent?: number;
  field: string;
  subject: Outcome['subject'];
}

/**
 * Every rate the plan sets: plan and task items (a rate, or a fixed count over the library size the
 * task's strategy gives) and the strategy's ratio entries. Fixed counts are converted, not skipped,
 * because a fixed count of 1 in 500 is as much a 0.2% rate as the number typed as a percent.
 */
export function eachRate(d: Dossier): RateRef[] {
  const out: RateRef[] = [];
  for (const ref of eachItem(d)) {
    const { item, path, subject, task } = ref;
    if (item.ratePercent !== undefined) {
      out.push({ item, percent: item.ratePercent, field: `${path}.ratePercent`, subject });
      continue;
    }
    // A task's strategy entry for the item is judged below; judging the item's own count too would
    // report the same rate twice.
    const entry = task?.strategy?.entries.find((e) => e.itemId === item.itemId);
    if (entry) continue;
    out.push({ item, field: `${path}.ratePercent`, subject });
  }
  for (const { task, path } of eachTask(d))
    task.strategy?.entries.forEach((e, i) => {
      const item = resolveItem(d, task.items.find((x) => x.itemId === e.itemId) ?? { itemId: e.itemId });
      const field = `${path}.strategy.entries[${i}].target`;
      const subject = taskSubject(task);
      if (e.target === undefined) out.push({ item, field, subject });
      else if (e.quantityMode === 'ratio') out.push({ item, percent: e.target, field, subject });
      else if (e.librarySize) out.push({ item, percent: (e.target / e.librarySize) * 100, field, subject });
      else out.push({ item, field: `${path}.strategy.entries[${i}].librarySize`, subject });
    });
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Judge the rates of one item kind against bounds; unknown kinds and rates are "not enough data". */
export function judgeRates(
  d: Dossier,
  kind: 'general' | 'key',
  bounds: { min: number; max?: number },
): Outcome[] {
  const out: Outcome[] = [];
  for (const r of eachRate(d)) {
    if (r.item.kind === undefined) {
      out.push(missing(r.subject, r.field.replace(/\.[^.]+$/, '.kind')));
      continue;
    }
    if (r.item.kind !== kind) continue;
    if (r.percent === undefined) out.push(missing(r.subject, r.field));
    else if (r.percent < bounds.min) out.push(fail(r.subject, 'tooLow', { item: itemLabel(r.item), rate: round(r.percent), min: bounds.min }, [r.field]));
    else if (bounds.max !== undefined && r.percent > bounds.max)
      out.push(fail(r.subject, 'tooHigh', { item: itemLabel(r.item), rate: round(r.percent), max: bounds.max }, [r.field]));
    else out.push(pass(r.subject, [r.field]));
  }
  return out;
}
