import type { Bilingual } from '../model';

/** Fill {name} placeholders; an unknown placeholder stays visible rather than vanishing. */
export function interpolate(text: string, data: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}

export function formatMessage(msg: Bilingual, data?: Record<string, string | number>): Bilingual {
  return { zh: interpolate(msg.zh, data), en: interpolate(msg.en, data) };
}

/** Messages every rule can use for missing data, so "incomplete" reads the same everywhere. */
export const COMMON_MESSAGES = {
  missing: {
    zh: '缺少判断所需的数据：{what}',
    en: 'Not enough data to decide: {what}',
  },
  calendarMissing: {
    zh: '缺少 {year} 年的节假日数据，无法计算工作日',
    en: 'calendar data missing for {year}: working days cannot be counted',
  },
} satisfies Record<string, Bilingual>;
