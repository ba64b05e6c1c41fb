/**
 * SHA-256 of a registry's 4,096-row chunks on the second core while the main thread writes the next
 * chunk (line-bytes.ts, ChunkPipeline): input preparation stays synchronous for its callers, the digest
 * (about a third of it on a million rows) no longer adds to the encoding. Chunks go through a ring of
 * slots in shared memory; the main thread waits (Atomics.wait) only for a free slot or, at the end, for
 * the last digests. A worker that stops answering is not waited for forever: what it has not digested is
 * digested on the main thread, and the pipeline is not used again.
 */
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { ChunkPipeline } from '../core/draw/line-bytes';

const SLOTS = 4;
/** A chunk of 4,096 registry rows is about 1.8 MiB; a larger one is digested on the main thread. */
const SLOT_BYTES = 4 << 20;
/** Control words: chunks submitted, chunks digested (both counted over the worker's life). */
const SUBMITTED = 0;
const DONE = 1;
/** How long the main thread waits for one digest before it stops trusting the worker. */
const STALL_MS = 30_000;

// The worker's own code (plain JS, evaluated: nothing to resolve in the bundled helper).
const WORKER = `
const { workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { ctl, data, meta, digests, slots, slotBytes } = workerData;
const c = new Int32Array(ctl), m = new Int32Array(meta), d = new Uint8Array(digests);
for (let next = 0; ; next++) {
  while (Atomics.load(c, 0) <= next) Atomics.wait(c, 0, next);
  const s = next % slots;
  const bytes = new Uint8Array(data, s * slotBytes, m[s]);
  d.set(createHash('sha256').update(bytes).digest(), 32 * s);
  Atomics.store(c, 1, next + 1);
  Atomics.notify(c, 1);
}`;

interface Shared {
  ctl: Int32Array;
  data: Uint8Array;
  /** Each slot's length in bytes. */
  meta: Int32Array;
  /** Each slot's digest, written by the worker. */
  digests: Uint8Array;
}

let shared: Shared | undefined;
let broken = false;

function start(): Shared {
  const ctl = new SharedArrayBuffer(8);
  const data = new SharedArrayBuffer(SLOTS * SLOT_BYTES);
  const meta = new SharedArrayBuffer(4 * SLOTS);
  const digests = new SharedArrayBuffer(32 * SLOTS);
  const w = new Worker(WORKER, { eval: true, workerData: { ctl, data, meta, digests, slots: SLOTS, slotBytes: SLOT_BYTES } });
  w.unref(); // the helper exits when its work is done, the worker waiting or not
  w.on('error', () => (broken = true));
  return { ctl: new Int32Array(ctl), data: new Uint8Array(data), meta: new Int32Array(meta), digests: new Uint8Array(digests) };
}

/** Chunks the worker has digested over its life (0 before it starts): tests check the work left the main thread. */
export const digestedOffThread = () => (shared ? Atomics.load(shared.ctl, DONE) : 0);

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest();

/**
 * A pipeline for one registry's chunks (one at a time per thread: input preparation is synchronous).
 * Without worker threads' shared memory (or once the worker failed), each chunk is digested as it comes.
 */
export function workerPipeline(): ChunkPipeline {
  if (!broken) {
    try {
      shared ??= start();
    } catch {
      broken = true;
    }
  }
  const s = shared;
  let out = new Uint8Array(0);
  const put = (index: number, d: Uint8Array) => {
    if (out.length < 32 * (index + 1)) {
      const grown = new Uint8Array(Math.max(2 * out.length, 32 * (index + 1)));
      grown.set(out);
      out = grown;
    }
    out.set(d, 32 * index);
  };
  if (broken || !s) return { add: (chunk, index) => put(index, sha(chunk)), end: (count) => out.slice(0, 32 * count) };

  /** Chunk index in each slot, and which submission (worker count) it was. */
  const inSlot: { index: number; seq: number }[] = [];
  const base = Atomics.load(s.ctl, SUBMITTED);
  let submitted = base;
  /** The digests of submissions before `seq` collected, waiting for them (or digested here once the worker stalled). */
  const collect = (seq: number): void => {
    let waited = 0;
    while (!broken && Atomics.load(s.ctl, DONE) < seq) {
      if (Atomics.wait(s.ctl, DONE, Atomics.load(s.ctl, DONE), 1000) === 'timed-out' && (waited += 1000) >= STALL_MS) broken = true;
    }
    for (const [slot, e] of inSlot.entries()) {
      if (!e || e.seq >= seq) continue;
      // Stalled: the slot's bytes are still there, digested here.
      put(e.index, broken ? sha(s.data.subarray(slot * SLOT_BYTES, slot * SLOT_BYTES + s.meta[slot])) : s.digests.subarray(32 * slot, 32 * slot + 32));
      delete inSlot[slot];
    }
  };
  // A previous registry's chunks left in flight (its preparation threw): finished before the slots are reused.
  collect(base);
  return {
    add(chunk, index) {
      if (broken || chunk.length > SLOT_BYTES) {
        collect(submitted);
        put(index, sha(chunk));
        return;
      }
      const slot = submitted % SLOTS; // the worker's slot for this submission
      if (submitted - base >= SLOTS) collect(submitted - SLOTS + 1);
      s.data.set(chunk, slot * SLOT_BYTES);
      s.meta[slot] = chunk.length;
      inSlot[slot] = { index, seq: submitted };
      submitted++;
      Atomics.store(s.ctl, SUBMITTED, submitted);
      Atomics.notify(s.ctl, SUBMITTED);
    },
    end(count) {
      collect(submitted);
      return out.slice(0, 32 * count);
    },
  };
}
