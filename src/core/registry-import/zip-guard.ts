/**
 * Before a spreadsheet library inflates an .xlsx (a zip), check what it would inflate to: the sizes
 * the zip declares, and then the sizes it really inflates to, counted while inflating and stopped at
 * the limit. A zip bomb or a lying header is refused with a clear message instead of eating memory.
 */
export interface ZipLimits {
  /** All entries together, inflated. */
  maxTotal: number;
  maxEntries: number;
  /** Inflated/compressed above this for a large entry is a bomb. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotal: 256 * 1024 * 1024, maxEntries: 5000, maxRatio: 1000 };

export class SpreadsheetRefused extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(`${zh} / ${en}`);
    this.name = 'SpreadsheetRefused';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

export const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export function centralDirectory(b: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new SpreadsheetRefused('文件不是完整的 xlsx（找不到 zip 目录）', 'not a complete .xlsx (no zip directory found)');
  const count = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw new SpreadsheetRefused('xlsx 的 zip 目录已损坏', 'the .xlsx zip directory is damaged');
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    entries.push({
      method: u16(b, p + 10),
      compressed: u32(b, p + 20),
      size: u32(b, p + 24),
      localOffset: u32(b, p + 42),
      name: new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen)),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;

/** Check declared sizes, then inflate each entry counting bytes (never keeping them); throws SpreadsheetRefused. */
export async function guardZip(b: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  const entries = centralDirectory(b);
  if (entries.length > limits.maxEntries) throw new SpreadsheetRefused(`xlsx 内文件过多（${entries.length} 个）`, `too many files inside the .xlsx (${entries.length})`);
  let declared = 0;
  for (const e of entries) {
    declared += e.size;
    if (e.size > 1048576 && e.size / Math.max(1, e.compressed) > limits.maxRatio)
      throw new SpreadsheetRefused(`xlsx 内的 ${e.name} 压缩比异常（${e.compressed} 字节解压为 ${mb(e.size)}），疑似压缩炸弹，已拒绝`, `${e.name} inside the .xlsx inflates ${e.compressed} bytes to ${mb(e.size)}: a zip bomb, refused`);
  }
  if (declared > limits.maxTotal) throw new SpreadsheetRefused(`xlsx 解压后共 ${mb(declared)}，超过上限 ${mb(limits.maxTotal)}；请拆分文件或导出为 CSV`, `the .xlsx inflates to ${mb(declared)}, over the ${mb(limits.maxTotal)} limit; split it or export CSV`);
  let total = 0;
  for (const e of entries) {
    if (e.method === 0) {
      total += e.compressed;
      continue;
    }
    if (e.method !== 8) throw new SpreadsheetRefused(`xlsx 内的 ${e.name} 使用了不支持的压缩方式 ${e.method}`, `${e.name} uses unsupported compression method ${e.method}`);
    const lo = e.localOffset;
    if (u32(b, lo) !== 0x04034b50) throw new SpreadsheetRefused('xlsx 的 zip 数据已损坏', 'the .xlsx zip data is damaged');
    const start = lo + 30 + u16(b, lo + 26) + u16(b, lo + 28);
    const data = b.subarray(start, start + e.compressed);
    // The real size may differ from the declared one; stop as soon as either limit is passed.
    const cap = Math.min(e.size === 0xffffffff ? Infinity : e.size, limits.maxTotal - total);
    let got = 0;
    const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    try {
      while (true) {
        const { done, value } = await reader.read();
        if (done) break;
        got += value.length;
        if (got > cap) {
          await reader.cancel().catch(() => {});
          throw new SpreadsheetRefused(`xlsx 内的 ${e.name} 解压后超过声明或上限（已到 ${mb(got)}），疑似压缩炸弹，已拒绝`, `${e.name} inflates beyond its declared size or the limit (${mb(got)} so far): a zip bomb, refused`);
        }
      }
    } catch (err) {
      if (err instanceof SpreadsheetRefused) throw err;
      throw new SpreadsheetRefused(`xlsx 内的 ${e.name} 无法解压（文件损坏）`, `${e.name} inside the .xlsx cannot be inflated (damaged)`);
    }
    total += got;
  }
}
