import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedData } from './seed';
import { DATA_VERSION, type SandboxData } from './store-types';

/** The sandbox's own store: one JSON file in its data folder, written atomically (tmp + rename). */
export class SandboxStore {
  readonly file: string;
  data: SandboxData;
  /** Whether the constructor wrote the seed data (new folder, --reset, or an older data file). */
  readonly reseeded: boolean;

  constructor(readonly dir: string, opts: { reset?: boolean } = {}) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, 'sandbox.json');
    const stored = !opts.reset && existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as SandboxData) : undefined;
    // A file from an older sandbox has another shape: start again from the seed rather than crash.
    this.reseeded = !stored || stored.version !== DATA_VERSION;
    this.data = this.reseeded ? seedData() : stored!;
    if (this.reseeded) this.save();
  }

  save(): void {
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data));
    renameSync(tmp, this.file);
  }

  reset(): void {
    this.data = seedData();
    this.save();
  }

  department(id: string | undefined) {
    return this.data.departments.find((d) => d.id === id);
  }
  plan(id: string | undefined) {
    return this.data.plans.find((p) => p.id === id);
  }
  task(id: string | undefined) {
    return this.data.tasks.find((t) => t.id === id);
  }
  item(id: string | undefined) {
    return this.data.items.find((i) => i.id === id);
  }
}
