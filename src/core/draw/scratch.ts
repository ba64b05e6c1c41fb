/**
 * Working arrays reused from one draw to the next. A draw over a million objects needs about 9 MB of
 * temporaries (a tag per object, the pools, the shuffle's swap table); made fresh each time, they are
 * external memory the garbage collector answers with full collections of a heap holding the registry,
 * which cost more than the draw. Each slot is used by one function at a time, synchronously, and nothing
 * of a slot leaves the function that takes it (what is returned is copied out).
 */
const slots = new Map<string, ArrayBuffer>();
/** Above this many bytes a slot is not kept after its use (a province's registry: made fresh each draw). */
const KEEP_MAX = 32 * 2 ** 20;

function buffer(slot: string, bytes: number): ArrayBuffer {
  let b = slots.get(slot);
  if (!b || b.byteLength < bytes) {
    b = new ArrayBuffer(Math.max(bytes, 1024));
    if (bytes <= KEEP_MAX) slots.set(slot, b);
  }
  return b;
}

/** n bytes of the slot, zeroed. */
export const scratchBytes = (slot: string, n: number) => new Uint8Array(buffer(slot, n), 0, n).fill(0);
/** n 32-bit integers of the slot, zeroed. */
export const scratchInt32 = (slot: string, n: number) => new Int32Array(buffer(slot, 4 * n), 0, n).fill(0);
/** n unsigned 32-bit integers of the slot, not zeroed (the caller writes each before reading it). */
export const scratchUint32 = (slot: string, n: number) => new Uint32Array(buffer(slot, 4 * n), 0, n);
