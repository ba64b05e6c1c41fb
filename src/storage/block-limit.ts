/**
 * A stored reference is block × 65536 + position in a Uint32 (posting lists, the draw index), so a generation holds at
 * most 65,536 blocks: about 19 million rows of ~128 KiB blocks, four times a province of 5,000,000. Past it the
 * references would wrap and name other rows; the import stops with this error instead.
 */
export const MAX_BLOCKS = 65536;

export class TooManyBlocks extends Error {
  readonly problem = {
    zh: `名录过大：一个名录库最多存 ${MAX_BLOCKS.toLocaleString('en')} 个数据块（约 1,900 万行），本文件超出此限，未导入，原有名录库保持不变。请按地区拆分文件后分别导入。`,
    en: `registry too large: a registry holds at most ${MAX_BLOCKS.toLocaleString('en')} blocks (about 19 million rows); this file goes past it and was not imported, the registry held is unchanged. Split the file (by region) and import the parts.`,
  };
  constructor() {
    super('registry too large: more than 65,536 blocks');
  }
}

/** Throws before block `next` − 1 would be written past the last one a reference can name. */
export function checkBlocks(next: number): void {
  if (next > MAX_BLOCKS) throw new TooManyBlocks();
}
