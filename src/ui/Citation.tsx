import type { Citation as CitationT } from '../core/rules/types';
import { citationSource, quoteText, riskInWords } from '../i18n/cite';

/** A clause as people cite it: 《标题》（文号）第…部分 and the quote, whole. */
export function Citation({ c }: { c: CitationT }) {
  return (
    <blockquote class="cite" data-file={c.file}>
      <span class="source">{citationSource(c)}</span>「{quoteText(c.quote)}」
    </blockquote>
  );
}

/** 追责/免责 cases in words; the case number is the tooltip. */
export function RiskCases({ tags }: { tags: string[] }) {
  if (!tags.length) return null;
  return (
    <ul class="risk-cases">
      {tags.map((t) => {
        const r = riskInWords(t);
        return (
          <li class={`risk risk-${t[0]}`} data-risk={t} title={r.tooltip}>
            {r.kind}：{r.text}
          </li>
        );
      })}
    </ul>
  );
}
