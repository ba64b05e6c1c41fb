/**
 * Input preparation with an asynchronous, native digest: WebCrypto in the extension (and the sandbox),
 * where the pure SHA-256 of inputs.ts takes 22-28 s for a million rows against 4-6 s. The same
 * PreparedInputs as prepareInputs, hashes included (the rows written by line-bytes.ts, each 4,096-row
 * chunk digested, the digests hashed together: docs/draw-spec.md §2.2); tests/draw/inputs-async.test.ts
 * compares the two on random registries.
 */
import { canonicalJson, CanonicalError } from './canonical';
import { emptyColumns, noteObject } from './columns';
import { parseInputs, writeInspector, type PreparedInputs } from './inputs';
import { streamRowBytesHashAsync } from './line-bytes';
import { writeObjectRow } from './object-row-bytes';
import { DrawError } from './schema';
import { sha256 } from './sha256';

/** SHA-256 of a chunk's bytes; must read them before it returns (WebCrypto copies them when called). */
export type AsyncDigest = (bytes: Uint8Array<ArrayBuffer>) => Promise<ArrayBuffer>;
export const webCryptoDigest: AsyncDigest = (b) => crypto.subtle.digest('SHA-256', b);

export async function prepareInputsAsync(objects: unknown, inspectors: unknown, request: unknown, digest: AsyncDigest = webCryptoDigest): Promise<PreparedInputs> {
  const { objects: objs, inspectors: insp, request: req } = parseInputs(objects, inspectors, request);
  try {
    // The columns noted while each row is written for its hash, as prepareInputs does.
    const columns = emptyColumns(objs.length);
    const objectsHash = await streamRowBytesHashAsync(objs, (w, o, i) => {
      writeObjectRow(w, o);
      noteObject(columns, o, i);
    }, digest);
    columns.objectsHash = objectsHash;
    const inspectorsHash = await streamRowBytesHashAsync(insp, writeInspector, digest);
    return { objects: objs, columns, inspectors: insp, request: req, hashes: { objectsHash, inspectorsHash, requestHash: sha256(canonicalJson(req)) } };
  } catch (e) {
    if (e instanceof CanonicalError) throw new DrawError('not-unicode', e.zh, e.message);
    throw e;
  }
}
