/** RULES.md read as data: what the meta-test holds the code to. */
import { readFileSync } from 'node:fs';

export interface CatalogueEntry {
  id: string;
  severity?: string;
  risk: string[];
  /** Policy files named in the source column (without .txt). */
  sources: string[];
}

const FILES = ['beijing-fengtai-2019', 'beijing-xicheng-2016', 'changchun-chaoyang-2021', 'nantong-tongzhou-2016', 'shenzhen-2018'];

export function readCatalogue(path = new URL('../../docs/policy/RULES.md', import.meta.url)): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const m = /^\| ((?:plan|strategy|result|annual|registry)\.[a-z.-]+) \|(.*)\|\s*$/.exec(line);
    if (!m) continue;
    const cells = m[2].split('|').map((c) => c.trim());
    const source = cells[cells.length - 1];
    // Rule tables have: checks | default | sev | risk | source; the registry table only: checks | source.
    const full = cells.length >= 5;
    entries.push({
      id: m[1],
      severity: full ? cells[cells.length - 3] : undefined,
      risk: full ? cells[cells.length - 2].split(/[,\s]+/).filter(Boolean) : [],
      sources: FILES.filter((f) => source.includes(f)),
    });
  }
  return entries;
}
