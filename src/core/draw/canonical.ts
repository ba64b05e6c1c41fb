/**
 * Canonical JSON (docs/draw-spec.md §1): object keys sorted by UTF-16 code units, no white space,
 * undefined members dropped, strings as JSON.stringify writes them, numbers as ECMAScript writes them.
 * Two parties that hold the same data produce the same bytes, so the same hash. Strings must be
 * well-formed Unicode: a lone surrogate has no UTF-8 form (TextEncoder would turn two different ones
 * into the same U+FFFD), so it is refused.
 */
export class CanonicalError extends Error {
  constructor(readonly zh: string, en: string) {
    super(en);
    this.name = 'CanonicalError';
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const nativeWellFormed = (String.prototype as { isWellFormed?: () => boolean }).isWellFormed;

export function isWellFormed(s: string): boolean {
  return nativeWellFormed ? nativeWellFormed.call(s) : !LONE_SURROGATE.test(s);
}

function str(s: string): string {
  if (!isWellFormed(s)) throw new CanonicalError(`文本含有孤立的代理项（无效的 Unicode）：${JSON.stringify(s).slice(0, 60)}`, `a string holds a lone surrogate (not valid Unicode): ${JSON.stringify(s).slice(0, 60)}`);
  return JSON.stringify(s);
}

export function canonicalJson(value: unknown): string {
  if (typeof value === 'string') return str(value);
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new CanonicalError(`无法规范化的数值 ${value}`, `cannot canonicalise ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${str(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a well-formed string (refused otherwise). */
export function utf8(s: string): Uint8Array {
  if (!isWellFormed(s)) throw new CanonicalError('文本含有孤立的代理项（无效的 Unicode）', 'a string holds a lone surrogate (not valid Unicode)');
  return encoder.encode(s);
}
