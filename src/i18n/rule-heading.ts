/**
 * A rule named by what it checks: the first phrase of its explanation, with what brackets hold left out.
 * - The phrase ends at the first ，。； outside brackets (English: ; or a full stop before a space; an English comma
 *   mostly lists, "name, address, …", so it does not end one), so 「…（深圳 4 月底，长春朝阳 4 月 1 日）。」 never
 *   leaves a bracket open; the bracketed asides (defaults, examples) belong to the explanation, not to the name.
 * - A Chinese phrase that is only a condition (…时, …前) or only a subject (涉及市场主体的任务) names nothing by
 *   itself, so the next phrase joins it (once).
 */
const OPEN = '（(《「“【[';
const CLOSE = '）)》」”】]';
const ASIDE_OPEN = '（(【[';
const CONDITION_END = /[时前后的]$/;
/** Words that make a Chinese phrase say something (须, 不得, 应 …); a phrase without one is only its subject. */
const SAYS = /须|应|得|不超过|不少于|不低于|可以|可|只能|宜|是|视为|至少|上传|公示|记录|涵盖|来自|签名|之内|之间/;

export function headingOf(text: string): string {
  const chars = [...text];
  let depth = 0;
  let aside = 0;
  let out = '';
  let joined = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (OPEN.includes(ch)) {
      depth++;
      if (ASIDE_OPEN.includes(ch) || aside) aside++;
    }
    const ends = depth === 0 && ('，。；;'.includes(ch) || (ch === '.' && (i + 1 === chars.length || chars[i + 1] === ' ')));
    if (ends) {
      const head = out.trim();
      if (joined || ch !== '，' || (!CONDITION_END.test(head) && SAYS.test(head))) break;
      joined = true;
      out += ch;
      continue;
    }
    if (!aside) out += ch;
    if (CLOSE.includes(ch) && depth > 0) {
      depth--;
      if (aside) aside--;
    }
  }
  return out.trim().replace(/\s{2,}/g, ' ');
}
