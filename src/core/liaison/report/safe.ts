/** Characters that make a spreadsheet read a text cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made inert: a leading ' keeps =, +, -, @, tab and CR from starting a formula. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function isDangerous(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Excel's sheet-name rules: 1–31 characters, none of []:*?/\ , not starting or ending with '. */
export function sheetName(wanted: string, taken: Set<string>): string {
  let base = wanted.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  base = [...base].slice(0, 31).join('');
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = `(${i})`;
    name = [...base].slice(0, 31 - suffix.length).join('') + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

export function validSheetName(name: string): boolean {
  return [...name].length >= 1 && [...name].length <= 31 && !/[[\]:*?/\\]/.test(name) && !/^'|'$/.test(name);
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
