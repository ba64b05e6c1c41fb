/**
 * Just enough of the PE format (Microsoft's "PE Format" specification: MS-DOS stub with `MZ` and the
 * offset of the `PE\0\0` signature at 0x3C, COFF header, optional header, section table, resource
 * directory) to tell a Windows executable and read one named resource of it: what `npm run package`
 * checks of the Windows helper it cross-builds, on any OS.
 */
export interface PeInfo {
  /** The COFF machine: 0x8664 for x64. */
  machine: number;
  /** The named resource's bytes (e.g. NODE_SEA_BLOB under RT_RCDATA), when there is one. */
  resource?: Uint8Array;
}

const RT_RCDATA = 10;

export function readPe(b: Uint8Array, resourceName?: string): PeInfo | undefined {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length < 0x40 || b[0] !== 0x4d || b[1] !== 0x5a) return undefined; // MZ
  const pe = v.getUint32(0x3c, true);
  if (pe + 24 > b.length || v.getUint32(pe, true) !== 0x00004550) return undefined; // PE\0\0
  const machine = v.getUint16(pe + 4, true);
  const sections = v.getUint16(pe + 6, true);
  const optSize = v.getUint16(pe + 20, true);
  const opt = pe + 24;
  const pe32plus = v.getUint16(opt, true) === 0x20b;
  // Data directory 2 is the resource table.
  const dirs = opt + (pe32plus ? 112 : 96);
  const rsrcRva = v.getUint32(dirs + 2 * 8, true);
  const table = opt + optSize;
  const sectionOf = (rva: number) => {
    for (let i = 0; i < sections; i++) {
      const s = table + i * 40;
      const va = v.getUint32(s + 12, true);
      const size = Math.max(v.getUint32(s + 8, true), v.getUint32(s + 16, true));
      if (rva >= va && rva < va + size) return v.getUint32(s + 20, true) + (rva - va);
    }
    return undefined;
  };
  if (!resourceName || !rsrcRva) return { machine };
  const base = sectionOf(rsrcRva);
  if (base === undefined) return { machine };
  // A resource directory: 16 bytes, then named entries, then id entries (8 bytes each).
  const entries = (dir: number) => {
    const named = v.getUint16(dir + 12, true);
    const ids = v.getUint16(dir + 14, true);
    return Array.from({ length: named + ids }, (_, i) => {
      const e = dir + 16 + i * 8;
      const name = v.getUint32(e, true);
      const to = v.getUint32(e + 4, true);
      const label = name & 0x80000000 ? nameAt(base + (name & 0x7fffffff)) : name;
      return { label, sub: to & 0x80000000 ? base + (to & 0x7fffffff) : undefined, data: to & 0x80000000 ? undefined : base + to };
    });
  };
  const nameAt = (at: number) => new TextDecoder('utf-16le').decode(b.subarray(at + 2, at + 2 + v.getUint16(at, true) * 2));
  const type = entries(base).find((e) => e.label === RT_RCDATA)?.sub;
  const named = type === undefined ? undefined : entries(type).find((e) => e.label === resourceName.toUpperCase())?.sub;
  const lang = named === undefined ? undefined : entries(named)[0]?.data;
  if (lang === undefined) return { machine };
  const at = sectionOf(v.getUint32(lang, true));
  return at === undefined ? { machine } : { machine, resource: b.subarray(at, at + v.getUint32(lang + 4, true)) };
}
