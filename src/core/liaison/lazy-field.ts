/**
 * A property worked out the first time it is read, then kept as a plain value (enumerable, so a spread, JSON or a
 * structured clone reads it as any other). The liaison view's lists of findings are made this way: a province's year
 * has a million results, and a cell's list is wanted only when someone opens it.
 */
export function lazyField<T extends object, K extends keyof T>(o: T, key: K, make: () => T[K]): void {
  const keep = (value: T[K]) => Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true });
  Object.defineProperty(o, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      keep(value);
      return value;
    },
    set: keep,
  });
}
