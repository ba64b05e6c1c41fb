/**
 * The departments the extension has seen, for the options page's 本部门 list: from the imported registries
 * (inspectors' 业务部门), the item lists (抽查主体 with its 部门编码), the liaison lists (计划/任务的部门),
 * the strategy templates and the profile chosen per department. A department is shown by its Chinese name,
 * its code beside it when a source pairs the two.
 */
export type DepartmentSource = 'registry' | 'itemList' | 'liaison' | 'templates' | 'profile' | 'settings';

export interface KnownDepartment {
  /** What is saved as the user's department: the name when one is known, else the code. */
  value: string;
  name?: string;
  code?: string;
  from: DepartmentSource[];
}

export interface DepartmentSighting {
  from: DepartmentSource;
  name?: string;
  code?: string;
}

/** A code is Latin letters, digits and - _ . (SCJG, 330100-SJ); anything with Chinese in it is a name. */
export const looksLikeCode = (s: string) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(s);

const clean = (s: string | undefined) => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t && t.length <= 100 ? t : undefined;
};

/** Sightings merged: a code and a name seen together are one department; the list sorted by name (zh). */
export function knownDepartments(sightings: Iterable<DepartmentSighting>): KnownDepartment[] {
  const all = [...sightings].map((s) => {
    let name = clean(s.name);
    let code = clean(s.code);
    // A "name" that is a code (a department typed as SCJG) is a code; a "code" in Chinese is a name.
    if (name && !code && looksLikeCode(name)) [code, name] = [name, undefined];
    else if (code && !name && !looksLikeCode(code)) [code, name] = [undefined, code];
    return { from: s.from, name, code };
  });
  const nameOfCode = new Map<string, string>();
  for (const s of all) if (s.code && s.name && !nameOfCode.has(s.code)) nameOfCode.set(s.code, s.name);
  const codeOfName = new Map<string, string>();
  for (const [c, n] of nameOfCode) if (!codeOfName.has(n)) codeOfName.set(n, c);
  const byValue = new Map<string, KnownDepartment>();
  for (const s of all) {
    const name = s.name ?? (s.code ? nameOfCode.get(s.code) : undefined);
    const code = s.code ?? (name ? codeOfName.get(name) : undefined);
    const value = name ?? code;
    if (!value) continue;
    const d = byValue.get(value) ?? { value, ...(name ? { name } : {}), ...(code ? { code } : {}), from: [] };
    if (!d.from.includes(s.from)) d.from.push(s.from);
    byValue.set(value, d);
  }
  return [...byValue.values()].sort((a, b) => a.value.localeCompare(b.value, 'zh-CN'));
}

export type DepartmentChoice = { ok: true; value: string; known?: KnownDepartment } | { ok: false; reason: 'tooLong' | 'badChar'; length: number };

/**
 * A department typed by hand, checked: at most 100 characters on one line, no '=' (the per-department profile
 * lines use it); a known code becomes its department's name (templates and the liaison view go by the name).
 */
export function checkDepartment(typed: string, known: readonly KnownDepartment[]): DepartmentChoice {
  const t = typed.replace(/\s+/g, ' ').trim();
  if (!t) return { ok: true, value: '' };
  if (t.length > 100) return { ok: false, reason: 'tooLong', length: t.length };
  if (/[=\n\r\t<>]/.test(typed.trim())) return { ok: false, reason: 'badChar', length: t.length };
  const k = known.find((d) => d.value === t || d.code === t || d.name === t);
  return k ? { ok: true, value: k.value, known: k } : { ok: true, value: t };
}
