/**
 * One way to cite a clause, as staff cite documents: 《标题》（文号）第三部分第（六）项第5点 and the quote
 * in 「」. The title and 文号 come from the policy texts' own headers (src/core/rules/policy-documents.ts).
 */
import { POLICY_DOCUMENTS } from '../core/rules/policy-documents';
import type { Citation } from '../core/rules/types';
import { CATALOGUES, lang, msg, type Lang } from './index';

/** §三(六)5 → 第三部分第（六）项第5点 (en: part 三 (六) 5). */
export function sectionInWords(section: string, inLang: Lang = lang()): string {
  const m = /^§?\s*([一二三四五六七八九十]+)?\s*(?:[(（]([一二三四五六七八九十]+)[)）])?\s*(\d+)?/.exec(section);
  if (!m || !(m[1] || m[2] || m[3])) return section;
  if (inLang === 'en') return `part ${[m[1], m[2] && `(${m[2]})`, m[3]].filter(Boolean).join(' ')}`;
  return [m[1] && `第${m[1]}部分`, m[2] && `第（${m[2]}）项`, m[3] && `第${m[3]}点`].filter(Boolean).join('');
}

/** The document: 《标题》（文号）, or the file name when it is not one of ours. */
export function documentName(file: string): string {
  const d = POLICY_DOCUMENTS[file as keyof typeof POLICY_DOCUMENTS];
  if (!d) return file;
  return `《${d.title}》${d.number ? `（${d.number}）` : ''}`;
}

/** The quote as one run of text: the OCR text's line breaks (and the spaces around them) never cut it. */
export const quoteText = (quote: string): string => quote.replace(/\s*\n\s*/g, '').trim();

/** 《标题》（文号）第三部分第（六）项第5点 */
export const citationSource = (c: { file: string; section: string }): string => `${documentName(c.file)}${sectionInWords(c.section)}`;

/** The whole citation as one line: source and quote. */
export const citationLine = (c: Citation): string => msg('cite.line', { source: citationSource(c), quote: quoteText(c.quote) });

/** A risk tag (A-9, E-1) in words: the case itself, with its kind and number for a tooltip. */
export function riskInWords(tag: string): { kind: string; text: string; tooltip: string } {
  const m = /^([AE])-(\d+)$/.exec(tag);
  if (!m) return { kind: '', text: tag, tooltip: tag };
  const kind = msg(m[1] === 'A' ? 'risk.accountability' : 'risk.exemption');
  const key = `risk.${tag}` as Parameters<typeof msg>[0];
  const text = key in CATALOGUES.zh ? msg(key) : tag;
  return { kind, text, tooltip: `${msg('risk.tooltip', { kind, n: m[2] })}（${tag}）` };
}
