import { DEADLINE_LABEL, type Deadline } from '../../core/liaison';
import { msg, pick } from '../i18n';

/** What falls due in the next 20 working days, soonest first. */
export function Deadlines({ deadlines, until, department, names }: { deadlines: Deadline[]; until: string; department: string; names: Map<string, string> }) {
  const shown = department ? deadlines.filter((d) => d.departments.includes(department)) : deadlines;
  return (
    <section class="deadlines" data-testid="liaison-deadlines">
      <h2>{msg('liaison.due.title', { until })}</h2>
      {shown.length ? (
        <ol class="timeline">
          {shown.map((d) => (
            <li class={d.workingDaysLeft <= 5 ? 'soon' : ''}>
              <time>{d.date}</time>
              <span class="left">{msg('liaison.due.left', { n: d.workingDaysLeft })}</span>
              <span class="kind">{pick(DEADLINE_LABEL[d.kind])}</span>
              <span class="what">{d.label}</span>
              <span class="who">{d.departments.map((id) => names.get(id) ?? id).join('、')}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p>{msg('common.none')}</p>
      )}
    </section>
  );
}
