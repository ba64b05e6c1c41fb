/**
 * A guided exercise as data (src/trainer/scenarios/*.json, or a trainer's own folder given to
 * `dra sandbox --scenarios DIR`): the sandbox state it starts from, the question, the rule the
 * trainee must satisfy for one subject, and a reference fix that the tests prove passes.
 */
import { z } from 'zod';
import { Bilingual, IsoDate } from '../core/model';

const Id = z.string().min(1);
/** A record merged over the store's record with the same id (or added when there is none). */
const Merge = z.looseObject({ id: Id });

/** Changes to the sandbox store, applied in order: removals, then merges. */
export const StatePatch = z.strictObject({
  /** The sandbox's "today" (deadlines are judged as of this day). */
  today: IsoDate.optional(),
  remove: z.strictObject({ plans: z.array(Id).optional(), tasks: z.array(Id).optional() }).optional(),
  plans: z.array(Merge).optional(),
  tasks: z.array(Merge).optional(),
  objects: z.array(Merge).optional(),
  inspectors: z.array(Merge).optional(),
});
export type StatePatch = z.infer<typeof StatePatch>;

export const Scenario = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
  title: Bilingual,
  /** The situation and the question put to the trainee. */
  question: Bilingual,
  /** What to do on the platform to fix it, shown after the first check (or on request). */
  hint: Bilingual,
  /** The rule that fails in the starting state and must pass once fixed. */
  rule: z.string().min(1),
  /** The one plan, task, result or department the exercise is about (the rule's finding subject). */
  subject: z.strictObject({ kind: z.enum(['plan', 'task', 'result', 'department', 'dossier']), id: Id }),
  /** The sandbox page to open first, as a path of the platform. */
  open: z.string().startsWith('/'),
  state: StatePatch,
  /**
   * Where the trainee fixes it: on the platform's own forms, or (when the platform has no form for it,
   * or what happened cannot be undone) by answering; the trainer then shows the reference fix.
   */
  fixOn: z.enum(['platform', 'answer']).default('platform'),
  /** The reference fix: applied over the starting state it makes the rule pass for the subject. */
  fix: z.strictObject({ how: Bilingual, state: StatePatch }),
});
export type Scenario = z.infer<typeof Scenario>;
