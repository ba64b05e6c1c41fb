import { createHash, randomBytes } from 'node:crypto';
import type { ListHasher } from '../core/draw';

/** node:crypto gives the same SHA-256 as the pure one in src/core, faster on million-row registries. */
export const nodeListHasher: ListHasher = (lines) => {
  const h = createHash('sha256');
  lines.forEach((l, i) => h.update(i ? `\n${l}` : l, 'utf8'));
  return h.digest('hex');
};

/** A fresh seed for a ceremony: 128 random bits from the OS, as hex. */
export const freshSeed = () => randomBytes(16).toString('hex');
