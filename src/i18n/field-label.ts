/**
 * A model path as staff name it: plans[0].end → 计划结束日期, plans[0].tasks[0].participants[1].consultedInWriting
 * → 参与部门是否书面征求意见. Findings never show a data path (the path stays in `fields`, for focusing).
 */
import { CATALOGUES, lang, msg, type Lang, type MessageKey } from './index';

const has = (key: string): key is MessageKey => key in CATALOGUES.zh;

export function fieldLabel(path: string, inLang: Lang = lang()): string {
  // zod names the value itself "(root)": an unknown field or a wrong shape of the whole file.
  if (path === '(root)' || path === '') return msg('field.whole', undefined, inLang);
  // objects[id=X] names one object of the registry.
  const segments = path
    .replace(/\[id=[^\]]*\]/g, '')
    .replace(/\[\d*\]/g, '')
    .split('.')
    .filter(Boolean);
  const last = segments.at(-1) ?? '';
  const owner = [...segments.slice(0, -1)].reverse().find((s) => has(`owner.${s}`));
  const field = has(`field.${last}`) ? msg(`field.${last}` as MessageKey, undefined, inLang) : msg('field.someData', undefined, inLang);
  const ownerText = owner ? msg(`owner.${owner}` as MessageKey, undefined, inLang) : '';
  if (!ownerText || ownerText === field) return field;
  return inLang === 'zh' ? `${ownerText}${field}` : `${ownerText} ${field}`;
}

/** Whether a path's last part has a label of its own (tests: every path the rules name is known). */
export const hasFieldLabel = (path: string): boolean => has(`field.${path.replace(/\[[^\]]*\]/g, '').split('.').filter(Boolean).at(-1) ?? ''}`);

/** A refused field as the helper prints it: its name and, for those who edit the file, its path (none for the whole file). */
export function fieldWithPath(path: string, inLang: Lang = lang()): string {
  const label = fieldLabel(path, inLang);
  if (path === '(root)' || path === '') return label;
  return inLang === 'zh' ? `${label}（${path}）` : `${label} (${path})`;
}
