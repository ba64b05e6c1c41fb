/** Reading package-lock.json (lockfileVersion 3) for the set-up tests. */

export interface LockedPackage {
  version?: string;
  optional?: boolean;
  engines?: { node?: string } | string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export interface Lock {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
}

/** Where Node would find `name` from the package at `from` (its own node_modules, then each parent's). */
export function resolveIn(lock: Lock, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const at = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[at]) return at;
    if (!base) return undefined;
    const up = base.lastIndexOf('/node_modules/');
    base = up < 0 ? '' : base.slice(0, up);
  }
}

/** `package → optional dependency` pairs the lock does not hold (other platforms' builds dropped). */
export function missingOptionals(lock: Lock): string[] {
  const missing: string[] = [];
  for (const [at, p] of Object.entries(lock.packages)) {
    for (const name of Object.keys(p.optionalDependencies ?? {})) if (!resolveIn(lock, at, name)) missing.push(`${at} → ${name}`);
  }
  return missing;
}
