// CPU profiles for the import benchmark (DRA_BENCH_PROFILE=DIR): the worker's import and the page's preview,
// recorded through CDP's Profiler and written as .cpuprofile files (open in Chromium's DevTools), with the
// functions that took the most time printed beside the figures.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'puppeteer-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export async function startProfile(session: CDPSession): Promise<void> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 1000 });
  await session.send('Profiler.start');
}

/** Stop, write DIR/NAME.cpuprofile, and return the top functions by self time. */
export async function stopProfile(session: CDPSession, dir: string, name: string, top = 15): Promise<string[]> {
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  const total = (profile.endTime - profile.startTime) / 1000;
  return [
    `profile ${name}: ${(total / 1000).toFixed(1)} s (DIR/${name}.cpuprofile); most self time:`,
    ...[...self].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `  ${(v / 1000).toFixed(2)} s ${((100 * v) / total).toFixed(1)}% ${k}`),
  ];
}
