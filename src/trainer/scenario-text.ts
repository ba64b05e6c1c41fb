/**
 * A scenario's text in the reader's language, its clauses cited as staff cite them. Scenario files (built-in
 * or the trainer's own) name a clause as `[[changchun-chaoyang-2021 §三(六)5]]`, the policy file and its
 * section; the page shows 《标题》（文号）第三部分第（六）项第5点 from the texts' own headers, never "§".
 */
import { lang, type Lang } from '../i18n';
import { documentName, sectionInWords } from '../i18n/cite';

const CLAUSE = /\[\[\s*([a-z0-9-]+)\s+(§[^\]]+?)\s*\]\]/g;

export function scenarioText(text: { zh: string; en: string }, inLang: Lang = lang()): string {
  return text[inLang].replace(CLAUSE, (_, file: string, section: string) => `${documentName(`${file}.txt`)}${sectionInWords(section, inLang)}`);
}
