import { z } from 'zod';
import { Id, IsoDate, Year } from './common';
import { Department } from './department';
import { CheckItem } from './check-item';
import { ObjectRecord } from './object-record';
import { Inspector } from './inspector';
import { Plan } from './plan';

/** An earlier check of an object, used to spot repeats across levels of the same system. */
export const PriorCheck = z.object({
  objectId: Id,
  itemId: Id,
  departmentId: Id.optional(),
  system: z.string().optional(),
  on: IsoDate,
  approved: z.boolean().optional(),
});
export type PriorCheck = z.infer<typeof PriorCheck>;

/** A change to an inspector registry and when it was filed (报备). */
export const RegistryFiling = z.object({
  departmentId: Id,
  changedOn: IsoDate,
  filedOn: IsoDate.optional(),
});
export type RegistryFiling = z.infer<typeof RegistryFiling>;

/**
 * Everything the rules may look at: the plans with their tasks and results, and, where the
 * user has them, the item list, the two registries and the year's context. Rules that need
 * a part that is absent say so (not-enough-data) rather than pass.
 */
export const Dossier = z.object({
  year: Year.optional().describe('set for a whole-year check (the liaison view); enables annual rules'),
  asOf: IsoDate.optional().describe('the day the check is made; defaults to today'),
  departments: z.array(Department).optional(),
  itemList: z.array(CheckItem).optional().describe('随机抽查事项清单 as entered on the platform'),
  objects: z.array(ObjectRecord).optional().describe('检查对象名录库'),
  inspectors: z.array(Inspector).optional().describe('执法检查人员名录库'),
  priorChecks: z.array(PriorCheck).optional(),
  registryFilings: z.array(RegistryFiling).optional(),
  plans: z.array(Plan).default([]),
});
export type Dossier = z.infer<typeof Dossier>;
export type DossierInput = z.input<typeof Dossier>;
