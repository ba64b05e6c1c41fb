// WebCrypto's SHA-256 alone over a number of bytes, as the benchmarks' hashing floors measure it (storage-floor.ts in
// the import's worker, draw-browser-entry.ts in the draw's page): one piece hashed again and again, eight digests in
// flight as the product's streamed hashes keep them.

export interface DigestFloor {
  ms: number;
  /** Of ms, the time spent inside the digest() calls before they returned. */
  callMs: number;
}

/** `total` bytes hashed as `piece` again and again, eight digests in flight. */
export async function digestFloor(piece: Uint8Array<ArrayBuffer>, total: number): Promise<DigestFloor> {
  const t0 = performance.now();
  let callMs = 0;
  const pending: Array<Promise<ArrayBuffer>> = [];
  for (let done = 0; done < total; done += piece.byteLength) {
    const c0 = performance.now();
    pending.push(crypto.subtle.digest('SHA-256', piece));
    callMs += performance.now() - c0;
    if (pending.length >= 8) await pending.shift();
  }
  await Promise.all(pending);
  return { ms: performance.now() - t0, callMs };
}
