import { createHash, randomBytes } from 'node:crypto';
import { listHasherFrom, type ListHasher } from '../core/draw';
import { workerPipeline } from './digest-worker';

/** node:crypto gives the same SHA-256 as the pure one in src/core, natively, on million-row registries. */
export const nodeListHasher: ListHasher = listHasherFrom(
  Object.assign((text: string) => createHash('sha256').update(text, 'utf8').digest(), {
    // Fed line by line: building each 4,096-line chunk as one string and encoding it cost several times more.
    lines: () => {
      const h = createHash('sha256');
      return { add: (line: string) => void h.update(`${line}\n`, 'utf8'), end: () => h.digest() };
    },
    // A chunk's bytes written by line-bytes.ts: one update of about a megabyte, no text at all.
    bytes: (chunk: Uint8Array) => createHash('sha256').update(chunk).digest(),
    // The same, on a worker thread while the next chunk is written (digest-worker.ts).
    pipeline: workerPipeline,
  }),
);

/** 128 random bits from the OS, as hex. */
export const freshSeed = () => randomBytes(16).toString('hex');
