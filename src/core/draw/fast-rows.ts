/**
 * A fast path for validating a million registry rows: the same outcome as the zod model
 * (ObjectRecord: unknown keys dropped, defaults filled) for well-formed rows, about ten times quicker.
 * Any row it is not sure of returns undefined, and the caller lets zod decide (and word the error).
 *
 * A row that already is its validated form is returned as it is (no copy: see isOwnRecord); a copy's keys
 * are written in canonical order (docs/draw-spec.md §1: sorted by code unit), flags too, so its canonical
 * line is JSON.stringify(record) (fastCanonicalLine). The registry's hash is written from bytes by name
 * (line-bytes.ts), whatever the order of a row's keys.
 */
import { CREDIT_CLASSES, type ObjectRecord } from '../model';

const FLAGS = ['abnormal', 'complaint', 'dishonest', 'seriousViolation'] as const; // sorted
const CLASSES = new Set<unknown>(CREDIT_CLASSES);

const optString = (v: unknown) => v === undefined || typeof v === 'string';

/**
 * Each field read once by name and written by name in canonical order: one code path per key, not a
 * loop of keyed reads and writes (those go megamorphic on a million rows). FAST_KEYS (below) is the
 * order written here; tests/draw/fast-rows.test.ts checks it is the model's keys sorted.
 */
export function fastObjectRecord(row: unknown): ObjectRecord | undefined {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return undefined;
  const { address, checksThisYear, contact, creditClass, establishedOn, flags, id, idNumber, industry, name, personInCharge, region, registrationOffice, scale, specialIndustry, type, uscc } = row as Record<string, unknown>;
  // Zod trims ids: a row whose id would change is left to it.
  if (typeof id !== 'string' || !id.length || id.trim() !== id) return undefined;
  if (!(optString(address) && optString(contact) && optString(establishedOn) && optString(idNumber) && optString(industry) && optString(name))) return undefined;
  if (!(optString(personInCharge) && optString(region) && optString(registrationOffice) && optString(scale) && optString(type) && optString(uscc))) return undefined;
  if (creditClass !== undefined && !CLASSES.has(creditClass)) return undefined;
  if (specialIndustry !== undefined && typeof specialIndustry !== 'boolean') return undefined;
  let checks = 0;
  if (checksThisYear !== undefined) {
    if (typeof checksThisYear !== 'number' || !Number.isSafeInteger(checksThisYear) || checksThisYear < 0) return undefined;
    checks = checksThisYear;
  }
  const f: Record<string, boolean> = {};
  if (flags !== undefined) {
    if (!flags || typeof flags !== 'object' || Array.isArray(flags)) return undefined;
    const { abnormal, complaint, dishonest, seriousViolation } = flags as Record<string, unknown>;
    if (abnormal !== undefined) {
      if (typeof abnormal !== 'boolean') return undefined;
      f.abnormal = abnormal;
    }
    if (complaint !== undefined) {
      if (typeof complaint !== 'boolean') return undefined;
      f.complaint = complaint;
    }
    if (dishonest !== undefined) {
      if (typeof dishonest !== 'boolean') return undefined;
      f.dishonest = dishonest;
    }
    if (seriousViolation !== undefined) {
      if (typeof seriousViolation !== 'boolean') return undefined;
      f.seriousViolation = seriousViolation;
    }
    // Already what zod returns: kept as it is (see isOwnRecord).
    if (checksThisYear !== undefined) {
      const fields = def(address) + def(contact) + def(creditClass) + def(establishedOn) + def(idNumber) + def(industry) + def(name) + def(personInCharge) + def(region) + def(registrationOffice) + def(scale) + def(specialIndustry) + def(type) + def(uscc) + 3;
      if (isOwnRecord(row, fields) && isOwnRecord(flags, def(abnormal) + def(complaint) + def(dishonest) + def(seriousViolation))) return row as ObjectRecord;
    }
  }
  const out: Record<string, unknown> = {};
  if (address !== undefined) out.address = address;
  out.checksThisYear = checks;
  if (contact !== undefined) out.contact = contact;
  if (creditClass !== undefined) out.creditClass = creditClass;
  if (establishedOn !== undefined) out.establishedOn = establishedOn;
  out.flags = f;
  out.id = id;
  if (idNumber !== undefined) out.idNumber = idNumber;
  if (industry !== undefined) out.industry = industry;
  if (name !== undefined) out.name = name;
  if (personInCharge !== undefined) out.personInCharge = personInCharge;
  if (region !== undefined) out.region = region;
  if (registrationOffice !== undefined) out.registrationOffice = registrationOffice;
  if (scale !== undefined) out.scale = scale;
  if (specialIndustry !== undefined) out.specialIndustry = specialIndustry;
  if (type !== undefined) out.type = type;
  if (uscc !== undefined) out.uscc = uscc;
  return out as ObjectRecord;
}

const def = (v: unknown) => (v === undefined ? 0 : 1);
const PLAIN = Object.prototype;

/**
 * Whether a row that passed the checks is already what zod would return (a plain object whose every key is
 * one of the model's, with a value; flags only the four booleans; defaults present): then it is returned as
 * it is, not copied, since a million rows copied cost more in allocation and garbage collection than their
 * checks. Counting is enough: every known field was read by name and `defined` of them have a value, so a
 * row with exactly that many keys has no other key (and none whose value is undefined).
 */
function isOwnRecord(o: object, defined: number): boolean {
  const proto = Object.getPrototypeOf(o);
  if (proto !== PLAIN && proto !== null) return false;
  let keys = 0;
  for (const _key in o) keys++;
  return keys === defined;
}

/** The keys fastObjectRecord writes, in the order it writes them (the model's, sorted: checked by a test). */
export const FAST_KEYS = ['address', 'checksThisYear', 'contact', 'creditClass', 'establishedOn', 'flags', 'id', 'idNumber', 'industry', 'name', 'personInCharge', 'region', 'registrationOffice', 'scale', 'specialIndustry', 'type', 'uscc'] as const;

/**
 * The canonical line of a validated row (rows.ts canonicalRow gives the same bytes) when JSON.stringify
 * writes it: every key one of `known`, in sorted order; values strings, booleans, finite numbers, or
 * (flags) an object of booleans with sorted keys. Checked without allocating; anything else, and any
 * line with a \u escape (a lone surrogate must be refused, not written), returns undefined.
 */
export function fastCanonicalLine(row: Record<string, unknown>, known: ReadonlySet<string>): string | undefined {
  let prev = '';
  for (const k in row) {
    const v = row[k];
    if (v === undefined) continue;
    if (k <= prev || !known.has(k)) return undefined;
    prev = k;
    const t = typeof v;
    if (t === 'string' || t === 'boolean') continue;
    if (t === 'number') {
      if (!Number.isFinite(v)) return undefined;
      continue;
    }
    if (k !== 'flags' || !v || t !== 'object' || Array.isArray(v)) return undefined;
    let p = '';
    for (const f in v as Record<string, unknown>) {
      const b = (v as Record<string, unknown>)[f];
      if (b === undefined) continue;
      if (f <= p || typeof b !== 'boolean' || !(FLAGS as readonly string[]).includes(f)) return undefined;
      p = f;
    }
  }
  const line = JSON.stringify(row);
  return line.includes('\\u') ? undefined : line;
}
