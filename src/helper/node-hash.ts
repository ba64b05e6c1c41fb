import { createHash, randomBytes } from 'node:crypto';
import { listHasherFrom, type ListHasher } from '../core/draw';

/** node:crypto gives the same SHA-256 as the pure one in src/core, natively, on million-row registries. */
export const nodeListHasher: ListHasher = listHasherFrom((text) => createHash('sha256').update(text, 'utf8').digest());

/** 128 random bits from the OS, as hex. */
export const freshSeed = () => randomBytes(16).toString('hex');
