import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedData } from '../../src/sandbox/seed';
import { SandboxStore } from '../../src/sandbox/store';
import { DATA_VERSION } from '../../src/sandbox/store-types';

const tmp = () => mkdtempSync(join(tmpdir(), 'dra-store-'));

describe('store', () => {
  it('seeds a new folder, persists changes, and --reset restores the seed', () => {
    const dir = tmp();
    const a = new SandboxStore(dir);
    expect(a.reseeded).toBe(true);
    a.data.plans[0].name = '改过的计划';
    a.save();
    const b = new SandboxStore(dir);
    expect(b.reseeded).toBe(false);
    expect(b.data.plans[0].name).toBe('改过的计划');
    expect(new SandboxStore(dir, { reset: true }).data.plans[0].name).toBe(seedData().plans[0].name);
    expect(JSON.parse(readFileSync(join(dir, 'sandbox.json'), 'utf8')).version).toBe(DATA_VERSION);
  });

  it('reset() restores the seed in place', () => {
    const s = new SandboxStore(tmp());
    s.data.tasks = [];
    s.reset();
    expect(s.data.tasks.length).toBe(seedData().tasks.length);
    expect(new SandboxStore(s.dir).data.tasks.length).toBe(seedData().tasks.length);
  });

  it('replaces a data file of an older shape with the seed', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'sandbox.json'), JSON.stringify({ version: 1, plans: [] }));
    const s = new SandboxStore(dir);
    expect(s.reseeded).toBe(true);
    expect(s.data.plans.length).toBe(seedData().plans.length);
  });
});
