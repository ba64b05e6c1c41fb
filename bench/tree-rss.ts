import { readdirSync, readFileSync } from 'node:fs';

/**
 * Memory of a process and all its descendants (Chromium's renderer, GPU, utility processes), in bytes:
 * proportional set size, so pages shared between Chromium's processes are counted once, not per process.
 */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
      const m = /Pss:\s+(\d+) kB/.exec(readFileSync(`/proc/${d}/smaps_rollup`, 'utf8'));
      rss.set(Number(d), m ? Number(m[1]) * 1024 : 0);
    } catch {
      /* the process ended */
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** PSS of a process tree grouped by Chromium's process type (browser, renderer, gpu-process, utility:…), in bytes. */
export function treeByType(root: number): Record<string, number> {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      /* the process ended */
    }
  }
  const out: Record<string, number> = {};
  const stack = [root];
  while (stack.length) {
    const p = stack.pop()!;
    stack.push(...(children.get(p) ?? []));
    try {
      // Chromium rewrites its children's titles: their arguments are one string, separated by spaces.
      const args = readFileSync(`/proc/${p}/cmdline`, 'utf8').split(/[\0 ]/);
      const type = args.find((a) => a.startsWith('--type='))?.slice(7) ?? (p === root ? 'browser' : 'other');
      const sub = args.find((a) => a.startsWith('--utility-sub-type='))?.slice(19);
      const m = /Pss:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'));
      const key = sub ? `${type}:${sub}` : type;
      out[key] = (out[key] ?? 0) + (m ? Number(m[1]) * 1024 : 0);
    } catch {
      /* the process ended */
    }
  }
  return out;
}
