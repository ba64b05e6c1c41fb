/**
 * Every way of bending a draw that the audit of issue 15 found, as a change to a genuine case (record,
 * registries, published announcement). Each must be refused by `dra verify` (the engine) and by the
 * independent Python verifier; docs/draw.md lists them with the command that checks each.
 */
import { canonicalJson, deriveSeed, hashAnnouncement, hashRecord, runDraw, sha256, toHex, type Announcement, type DrawRecord } from '../../src/core/draw';

export interface Case {
  record: DrawRecord;
  objects: Array<Record<string, unknown>>;
  inspectors: Array<Record<string, unknown>>;
  announcement?: Announcement;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/** Recompute the record's own hashes, as a forger would after an edit. */
export function rehash(r: DrawRecord): DrawRecord {
  const out = { ...r, resultHash: sha256(canonicalJson(r.result)) };
  return { ...out, recordHash: hashRecord(out as unknown as Record<string, unknown>) };
}

/** Re-draw the record's result with its own seed and request/params as they now stand (a forger's re-draw). */
function redraw(c: Case, r: DrawRecord, seed = r.seed): DrawRecord {
  const bytes = Uint8Array.from(seed.match(/../g)!.map((h) => parseInt(h, 16)));
  const sorted = <T extends { id?: unknown }>(a: T[]) => [...a].sort((x, y) => (String(x.id) < String(y.id) ? -1 : 1));
  return { ...r, seed, result: runDraw(bytes, sorted(c.objects) as never, sorted(c.inspectors) as never, r.request, r.params) };
}

const undrawn = (c: Case) => c.objects.find((o) => !c.record.result.objectIds.includes(String(o.id)))!;

export interface Tamper {
  id: string;
  /** What the forger does (as the audit found it). */
  what: string;
  /** Which check refuses it. */
  caught: string;
  kinds: Array<'official' | 'preview'>;
  apply(c: Case): Case;
}

export const TAMPERS: Tamper[] = [
  {
    id: 'chosen-seed',
    what: 'an official record drawn with a seed of the operator’s choosing (result, seed and hashes all consistent)',
    caught: 'seed: not the one derived from the announcement, public values and contributions',
    kinds: ['official'],
    apply: (c) => ({ ...c, record: rehash(redraw(c, c.record, sha256('operator-chosen'))) }),
  },
  {
    id: 'redraw-new-randomness',
    what: 'a re-draw with another contribution value (seed re-derived, result re-drawn, hashes recomputed)',
    caught: 'randomness: the contribution does not match the commitment published in the announcement',
    kinds: ['official'],
    apply: (c) => {
      const r = clone(c.record);
      if (!('publicValues' in r.randomness)) throw new Error('official only');
      r.randomness.contributions[0].value = 'another-secret-value';
      const seed = toHex(deriveSeed(r.announcementHash!, r.randomness.publicValues.map((x) => x.value), r.randomness.contributions.map((x) => x.value)));
      return { ...c, record: rehash(redraw(c, r, seed)) };
    },
  },
  {
    id: 'other-announcement',
    what: 'a record made from a second, unpublished announcement (a new attempt) checked against the published one',
    caught: 'announcement: the record is not of the published announcement',
    kinds: ['official'],
    apply: (c) => {
      const a = clone(c.announcement!) as Announcement;
      a.randomness.publicValues[0].source += '（另一份公告）';
      return { ...c, announcement: { ...a, announcementHash: hashAnnouncement(a as unknown as Record<string, unknown>) } };
    },
  },
  {
    id: 'renamed-id',
    what: 'one object’s id renamed after the seed is known (moves an undrawn company onto a drawn position)',
    caught: 'inputs.objectsHash: the registries are not those the announcement fixed',
    kinds: ['official', 'preview'],
    apply: (c) => ({ ...c, objects: c.objects.map((o) => (o === undrawn(c) ? { ...o, id: `${String(o.id)}X` } : o)) }),
  },
  {
    id: 'swapped-name',
    what: 'a drawn company’s name and USCC swapped with an undrawn one’s in the registry file',
    caught: 'inputs.objectsHash (every row is hashed in full, identity fields included)',
    kinds: ['official', 'preview'],
    apply: (c) => {
      const drawn = c.objects.find((o) => o.id === c.record.result.objectIds[0])!;
      const other = undrawn(c);
      return { ...c, objects: c.objects.map((o) => (o === drawn ? { ...o, name: other.name, uscc: other.uscc } : o === other ? { ...o, name: drawn.name, uscc: drawn.uscc } : o)) };
    },
  },
  {
    id: 'inspector-changed',
    what: 'an assigned inspector’s name and licence number changed in the registry file',
    caught: 'inputs.inspectorsHash',
    kinds: ['official', 'preview'],
    apply: (c) => {
      const id = c.record.result.assignments[0].inspectorIds[0];
      return { ...c, inspectors: c.inspectors.map((i) => (i.id === id ? { ...i, name: '冒名', licenceNumber: '执000000' } : i)) };
    },
  },
  {
    id: 'relabel-official',
    what: 'a preview record relabelled kind "official" (hashes recomputed)',
    caught: 'kind: an official record must derive its seed from an announcement',
    kinds: ['preview'],
    apply: (c) => ({ ...c, record: rehash({ ...c.record, kind: 'official' }) }),
  },
  {
    id: 'relabel-preview',
    what: 'an official record relabelled kind "preview" (hashes recomputed)',
    caught: 'kind: a preview record carries a preview seed and no announcement',
    kinds: ['official'],
    apply: (c) => ({ ...c, record: rehash({ ...c.record, kind: 'preview' }) }),
  },
  {
    id: 'back-dated',
    what: 'the draw time back-dated to before the public value existed',
    caught: 'envelope.drawnAt: before the public value’s availableAfter',
    kinds: ['official'],
    apply: (c) => ({ ...c, record: { ...c.record, envelope: { ...c.record.envelope, drawnAt: '2026-11-01T08:00:00.000Z' } } }),
  },
  {
    id: 'params-changed',
    what: 'params.maxChecksPerYear changed and the result re-drawn (hashes recomputed)',
    caught: 'params: differ from the announcement’s (and from `--profile`)',
    kinds: ['official'],
    apply: (c) => ({ ...c, record: rehash(redraw(c, { ...clone(c.record), params: { ...c.record.params, maxChecksPerYear: c.record.params.maxChecksPerYear + 5 } })) }),
  },
  {
    id: 'request-changed',
    what: 'the request’s rates changed and the result re-drawn (hashes recomputed)',
    caught: 'request: differs from the announcement’s',
    kinds: ['official'],
    apply: (c) => {
      const r = clone(c.record);
      const req = r.request;
      if (req.classRates) req.classRates = Object.fromEntries(Object.entries(req.classRates).map(([k, v]) => [k, Math.min(100, (v ?? 0) + 10)]));
      else if (req.rate !== undefined) req.rate = Math.min(100, req.rate + 10) === req.rate ? req.rate - 10 : Math.min(100, req.rate + 10);
      else if (req.count !== undefined) req.count = req.count > 0 ? req.count - 1 : 1;
      else if (req.classCounts) req.classCounts = Object.fromEntries(Object.entries(req.classCounts).map(([k, v]) => [k, Math.max(0, (v ?? 0) - 1)]));
      r.inputs.requestHash = sha256(canonicalJson(req)); // a careful forger updates the input hash too
      let red: DrawRecord;
      try {
        red = redraw(c, r);
      } catch {
        red = r;
      }
      return { ...c, record: rehash(red) };
    },
  },
  {
    id: 'unknown-field',
    what: 'an unknown field added to the record (hashes recomputed)',
    caught: 'the record is malformed: unknown field (strict schema; `dra verify` exits 2)',
    kinds: ['official', 'preview'],
    apply: (c) => ({ ...c, record: rehash({ ...c.record, note: '已核对' } as DrawRecord) }),
  },
  {
    id: 'result-swapped',
    what: 'a drawn company replaced by an undrawn one in the result (hashes recomputed)',
    caught: 'result: the re-drawn result differs',
    kinds: ['official', 'preview'],
    apply: (c) => {
      const r = clone(c.record);
      const other = String(undrawn(c).id);
      const was = r.result.objectIds[0];
      r.result.objectIds[0] = other;
      for (const k of r.result.classes) k.objectIds = k.objectIds.map((x) => (x === was ? other : x));
      r.result.assignments[0].objectId = other;
      return { ...c, record: rehash(r) };
    },
  },
  {
    id: 'edited-no-rehash',
    what: 'an assignment edited without recomputing the hashes',
    caught: 'recordHash / resultHash',
    kinds: ['official', 'preview'],
    apply: (c) => {
      const r = clone(c.record);
      r.result.assignments[0].inspectorIds.reverse();
      return { ...c, record: r };
    },
  },
];
