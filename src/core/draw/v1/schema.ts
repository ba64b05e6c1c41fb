import { z } from 'zod';
import { CreditClass, DirectedFilters, Id, Percent, Year } from '../../model';
import { DrawParams, DrawResult } from '../schema';

/** Version 1's request, as it was accepted then (frozen: version 1 records keep verifying). */
export const DrawRequestV1 = z.object({
  taskId: Id,
  taskName: z.string().optional(),
  year: Year,
  joint: z.boolean().default(false),
  departments: z.array(Id).min(1),
  directed: z.boolean().default(false),
  filters: DirectedFilters.optional(),
  classRates: z.partialRecord(CreditClass, Percent).optional(),
  classCounts: z.partialRecord(CreditClass, z.number().int().min(0)).optional(),
  rate: Percent.optional(),
  count: z.number().int().min(0).optional(),
  unclassifiedRate: Percent.optional(),
  inspectorsPerObject: z.number().int().min(1).max(20),
  keyItem: z.boolean().default(false),
});
export type DrawRequestV1 = z.infer<typeof DrawRequestV1>;

const Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** A version 1 record (seedrandom ARC4, seed committed by its SHA-256, drawnAt inside the hash). */
export const DrawRecordV1 = z.object({
  format: z.literal('dra-draw-record/1'),
  kind: z.enum(['preview', 'official']),
  algorithm: z.object({ id: z.literal('dra-stratified-pfy'), version: z.literal(1), prng: z.string(), integers: z.string(), sampling: z.string() }),
  request: DrawRequestV1,
  params: DrawParams,
  inputs: z.object({ objectsHash: Hex, inspectorsHash: Hex, requestHash: Hex, inputsHash: Hex, objectCount: z.number().int(), inspectorCount: z.number().int() }),
  commitment: Hex,
  seed: z.string().min(1),
  result: DrawResult,
  resultHash: Hex,
  timestamps: z.object({ committedAt: z.string().optional(), drawnAt: z.string() }),
  recordHash: Hex,
});
export type DrawRecordV1 = z.infer<typeof DrawRecordV1>;
