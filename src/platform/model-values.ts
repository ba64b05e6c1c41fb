/**
 * Reading a page's values (vocabulary paths) as model values, and the lines that say what was used or dropped
 * (the panel's 读取情况): shared by src/platform/to-model.ts and the per-page builders beside it. Pure.
 */
import type { FieldValue, ReadLine, Scalar } from './read-form';
import { VOCAB } from './vocabulary';

export type Row = Record<string, Scalar>;
export type Values = Record<string, FieldValue>;

export const str = (v: FieldValue) => (typeof v === 'string' && v ? v : undefined);
export const list = (v: FieldValue): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
export const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
export const bool = (v: FieldValue) => (typeof v === 'boolean' ? v : undefined);
export const rows = (v: FieldValue): Row[] => (Array.isArray(v) && v.every((r) => typeof r === 'object') ? (v as Row[]) : []);

export const note = (field: string, used: Scalar, zh: string, en: string, row?: number): ReadLine => ({ field, row, where: { zh, en }, used, rules: VOCAB.get(field)?.rules ?? [] });
export const drop = (field: string, raw: string[], zh: string, en: string): ReadLine => ({ field, where: { zh: '转为模型时', en: 'when building the model' }, raw, dropped: { zh, en }, rules: VOCAB.get(field)?.rules ?? [] });
