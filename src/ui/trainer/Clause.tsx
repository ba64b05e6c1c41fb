import type { ClauseInContext } from '../../trainer/clause';

const FILE_NAMES: Record<string, string> = {
  'beijing-fengtai-2019.txt': '北京丰台 2019',
  'beijing-xicheng-2016.txt': '北京西城 2016',
  'changchun-chaoyang-2021.txt': '长春朝阳 2021',
  'nantong-tongzhou-2016.txt': '南通通州 2016',
  'shenzhen-2018.txt': '深圳 2018',
};
export const policyName = (file: string) => FILE_NAMES[file] ?? file;

/** A clause with its quote highlighted: text nodes and <mark>, never markup from the policy text. */
export function Clause({ file, section, context }: { file: string; section: string; context: ClauseInContext }) {
  return (
    <blockquote class="clause">
      <div class="clause-source">
        {policyName(file)} {section} <span class="muted">（docs/policy/{file}）</span>
      </div>
      {context.found ? (
        <p>
          {context.before}
          <mark>{context.quote}</mark>
          {context.after}
        </p>
      ) : (
        <p class="warn">
          未在原文中找到引文 / quote not found in the text: 「{context.quote}」
        </p>
      )}
    </blockquote>
  );
}
