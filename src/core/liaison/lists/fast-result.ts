import { isIsoDate, type CheckResult } from '../../model';

/**
 * A result row as the model (CheckResult) would give it, without zod, for the million rows of a province's year.
 * Only the fields the list exports fill are taken (id, name, category, inspectors, the three dates, the reason),
 * each checked as the model checks it; a row with anything else, or anything the model would change or refuse
 * (an id with spaces around it, a method label, a date that is not a real day), gives undefined and the caller
 * lets zod decide. tests/liaison/fast-result.test.ts holds it to CheckResult.parse.
 */
const FIELDS = new Set(['objectId', 'objectName', 'category', 'inspectorIds', 'checkedOn', 'uploadedOn', 'uploadDelayReason', 'publishedOn']);

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.trim() === v;
const optText = (v: unknown) => v === undefined || typeof v === 'string';
const optDate = (v: unknown) => v === undefined || (typeof v === 'string' && isIsoDate(v));

export function fastCheckResult(row: Record<string, unknown>): CheckResult | undefined {
  for (const k in row) if (row[k] !== undefined && !FIELDS.has(k)) return undefined;
  const { objectId, objectName, category, inspectorIds, checkedOn, uploadedOn, uploadDelayReason, publishedOn } = row;
  if (!isId(objectId) || !optText(objectName) || !optText(category) || !optText(uploadDelayReason)) return undefined;
  if (!optDate(checkedOn) || !optDate(uploadedOn) || !optDate(publishedOn)) return undefined;
  if (inspectorIds !== undefined && !(Array.isArray(inspectorIds) && inspectorIds.every(isId))) return undefined;
  const out: CheckResult = { objectId, inspectorIds: inspectorIds ? [...(inspectorIds as string[])] : [] };
  if (objectName !== undefined) out.objectName = objectName as string;
  if (category !== undefined) out.category = category as string;
  if (checkedOn !== undefined) out.checkedOn = checkedOn as string;
  if (uploadedOn !== undefined) out.uploadedOn = uploadedOn as string;
  if (uploadDelayReason !== undefined) out.uploadDelayReason = uploadDelayReason as string;
  if (publishedOn !== undefined) out.publishedOn = publishedOn as string;
  return out;
}
