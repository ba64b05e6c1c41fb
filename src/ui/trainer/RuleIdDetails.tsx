import { msg } from '../../i18n';

/** A rule's id is for trainers who look for it: behind a 详情 toggle, never in the running text. */
export function RuleIdDetails({ id }: { id: string }) {
  return (
    <details class="rule-id">
      <summary>{msg('trainer.details')}</summary>
      <code>{msg('trainer.ruleId', { id })}</code>
    </details>
  );
}
