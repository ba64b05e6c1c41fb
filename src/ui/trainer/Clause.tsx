import type { ClauseInContext } from '../../trainer/clause';
import { msg } from '../../i18n';
import { citationSource } from '../../i18n/cite';

/** A clause with its quote highlighted: text nodes and <mark>, never markup from the policy text. */
export function Clause({ file, section, context }: { file: string; section: string; context: ClauseInContext }) {
  return (
    <blockquote class="clause">
      <div class="clause-source">
        <span title={msg('clause.source', { file })}>{citationSource({ file, section })}</span>
      </div>
      {context.found ? (
        <p>
          {context.before}
          <mark>{context.quote}</mark>
          {context.after}
        </p>
      ) : (
        <p class="warn">
          {msg('clause.notFound', { quote: context.quote })}
        </p>
      )}
    </blockquote>
  );
}
