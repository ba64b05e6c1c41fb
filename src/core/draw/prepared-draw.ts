/**
 * The objects stage of the draw (§4) over a prepared registry: over the columns input preparation derived
 * while it hashed the rows (inputs.ts), as the draw over stored columns does (ranks.ts), the ids and the
 * exclusions' reasons then read from the few objects drawn or excluded. The same result as drawObjects
 * (tests/draw/prepared-draw.test.ts), without a second pass over a million objects.
 */
import type { ObjectRecord } from '../model';
import { frequencyReason, type ObjectStage } from './draw';
import { matchesFilters } from './filters';
import { drawRanks, type ObjectColumns } from './ranks';
import type { DrawResult } from './schema';

/** `columns`: derived from exactly these objects, in this order (prepareInputs). */
export function overColumns(columns: ObjectColumns): ObjectStage {
  return (rng, objects, req, params) => {
    if (objects.length !== columns.count) throw new RangeError(`the columns hold ${columns.count} objects, not ${objects.length}`);
    const filters = req.directed ? req.filters : undefined;
    let matches: Uint8Array | undefined;
    if (filters) {
      matches = new Uint8Array(objects.length);
      for (let i = 0; i < objects.length; i++) matches[i] = matchesFilters(objects[i], filters) ? 1 : 0;
    }
    const d = drawRanks(rng, columns, req, params, matches);
    const classes: DrawResult['classes'] = d.classes.map(({ ranks, ...plan }) => {
      const objectIds: string[] = new Array(ranks.length);
      for (let i = 0; i < ranks.length; i++) objectIds[i] = objects[ranks[i]].id;
      return { ...plan, objectIds };
    });
    const exclusions: DrawResult['exclusions'] = new Array(d.excluded.length);
    for (let i = 0; i < d.excluded.length; i++) {
      const o: ObjectRecord = objects[d.excluded[i]];
      exclusions[i] = { objectId: o.id, reason: frequencyReason(o.checksThisYear, params.maxChecksPerYear) };
    }
    const excludedByReason: Record<string, number> = exclusions.length ? { frequency: exclusions.length } : {};
    return { classes, exclusions, excludedByReason, total: d.total };
  };
}
