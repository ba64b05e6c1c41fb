import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/core/rules/registry';
import { POLICY_DOCUMENTS } from '../../src/core/rules/policy-documents';
import { foldWhitespace } from '../../src/core/rules/citations';
import { POLICY_FILES } from '../../src/core/rules/types';
import { citationLine, citationSource, documentName, quoteText, riskInWords, sectionInWords } from '../../src/i18n/cite';
import { setLang } from '../../src/i18n';

const text = (f: string) => readFileSync(`docs/policy/${f}`, 'utf8');
// The OCR texts write 〔〕 as [] and “” as "; compare as a reader would.
const norm = (s: string) => foldWhitespace(s).replace(/\[/g, '〔').replace(/\]/g, '〕').replace(/["“”]/g, '"').replace(/\s/g, '');

describe('citations as people cite them', () => {
  it('takes each document’s title and 文号 from the text’s own header (its first 40 lines)', () => {
    for (const f of POLICY_FILES) {
      const head = norm(text(f).split('\n').slice(0, 40).join(''));
      const d = POLICY_DOCUMENTS[f];
      expect(head, `${f}: title`).toContain(norm(d.title));
      if (d.number) expect(head, `${f}: 文号`).toContain(norm(d.number));
    }
  });

  it('writes 《标题》（文号）第…部分', () => {
    setLang('zh');
    expect(sectionInWords('§三(六)5')).toBe('第三部分第（六）项第5点');
    expect(sectionInWords('§二')).toBe('第二部分');
    expect(sectionInWords('§二(一)')).toBe('第二部分第（一）项');
    expect(documentName('shenzhen-2018.txt')).toBe('《深圳市全面推行“双随机一公开”监管工作实施方案》（深府办函〔2018〕232号）');
    expect(citationSource({ file: 'changchun-chaoyang-2021.txt', section: '§三(六)5' })).toBe('《朝阳区进一步全面落实“双随机、一公开”监管工作实施意见》第三部分第（六）项第5点');
  });

  it('never cuts a quote at a line break: a quote that ends where an OCR line ends goes on to the end of its phrase', () => {
    const cut: string[] = [];
    for (const r of allRules)
      for (const c of r.meta.citations) {
        expect(quoteText(c.quote)).not.toMatch(/\n/);
        // The quote in the raw text, white space allowed between any two characters.
        const chars = [...foldWhitespace(c.quote)].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const m = new RegExp(chars.join('\\s*')).exec(text(c.file));
        expect(m, `${r.meta.id}: quote not found`).not.toBeNull();
        const after = text(c.file).slice(m!.index + m![0].length, m!.index + m![0].length + 12);
        // Cut: a line break follows, and the next line goes on with a word (no punctuation between).
        if (/^[ \t]*\n\s*[\u4e00-\u9fff0-9A-Za-z]/.test(after) && !/[，。；：、）)”"！？,;:]$/.test(c.quote)) cut.push(`${r.meta.id}: 「…${c.quote.slice(-8)}」 | 「${after.replace(/\s/g, '')}」`);
      }
    expect(cut).toEqual([]);
  });

  it('shows a quote whole on one line in the citation', () => {
    setLang('zh');
    expect(citationLine({ file: 'beijing-xicheng-2016.txt', section: '§二(一)', quote: '定向抽查是指按照\n\n被检查主体类型' })).toBe('《北京市西城区推广随机抽查规范事中事后监管工作实施方案》（西政办发〔2016〕15号）第二部分第（一）项：「定向抽查是指按照被检查主体类型」');
  });

  it('says every accountability and exemption case a rule carries in words, its number in the tooltip', () => {
    setLang('zh');
    for (const r of allRules)
      for (const tag of r.meta.risk) {
        const w = riskInWords(tag);
        expect(w.text, tag).not.toBe(tag);
        expect(w.text).toMatch(/[\u4e00-\u9fff]/);
        expect(w.tooltip).toContain(tag);
      }
    expect(riskInWords('A-9').text).toBe('未依法及时公示抽查检查结果');
  });
});
