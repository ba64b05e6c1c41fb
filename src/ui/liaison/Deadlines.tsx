import { DEADLINE_LABEL, type Deadline } from '../../core/liaison';
import { tr } from '../i18n';

/** What falls due in the next 20 working days, soonest first. */
export function Deadlines({ deadlines, until, department, names }: { deadlines: Deadline[]; until: string; department: string; names: Map<string, string> }) {
  const shown = department ? deadlines.filter((d) => d.departments.includes(department)) : deadlines;
  return (
    <section class="deadlines" data-testid="liaison-deadlines">
      <h2>{tr(`未来 20 个工作日内的期限（至 ${until}）`, `Due in the next 20 working days (to ${until})`)}</h2>
      {shown.length ? (
        <ol class="timeline">
          {shown.map((d) => (
            <li class={d.workingDaysLeft <= 5 ? 'soon' : ''}>
              <time>{d.date}</time>
              <span class="left">{tr(`${d.workingDaysLeft} 个工作日`, `${d.workingDaysLeft} working days`)}</span>
              <span class="kind">{tr(DEADLINE_LABEL[d.kind].zh, DEADLINE_LABEL[d.kind].en)}</span>
              <span class="what">{d.label}</span>
              <span class="who">{d.departments.map((id) => names.get(id) ?? id).join('、')}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p>{tr('无', 'None')}</p>
      )}
    </section>
  );
}
