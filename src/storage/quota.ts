/**
 * Running out of browser storage (IndexedDB's QuotaExceededError, as Dexie or the browser raise it):
 * recognised wherever a write can fail so the user reads the cause, not a stack trace.
 */
export function isQuotaError(e: unknown): boolean {
  for (let x = e as { name?: string; inner?: unknown; message?: string } | undefined, i = 0; x && i < 4; x = x.inner as typeof x, i++) {
    if (x.name === 'QuotaExceededError' || /quota/i.test(x.message ?? '')) return true;
  }
  return false;
}

export const QUOTA_PROBLEM = {
  zh: '浏览器存储空间已满（storage full）：未写入任何内容，原有数据保持不变。请删除不用的名录库或预览记录、释放磁盘空间后重试。',
  en: 'storage full: the browser refused to store more, nothing was written and the data held is unchanged. Free space (old registries, previews, disk) and try again.',
};
