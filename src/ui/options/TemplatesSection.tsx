import { useEffect, useState } from 'preact/hooks';
import type { StrategyTemplate } from '../../core/templates/template';
import { send } from '../../messaging/send';
import { msg } from '../i18n';
import { SaidLine, useSaid } from './said';

type Saved = StrategyTemplate & { id: string };

const summary = (t: Saved) =>
  [
    t.creditClassRates ? msg('options.templates.rates', { rates: `${['A', 'B', 'C', 'D'].map((c) => t.creditClassRates?.[c as 'A'] ?? '—').join('/')}%` }) : '',
    t.directed ? msg('options.templates.directed') : t.directed === false ? msg('options.templates.undirected') : '',
    msg('options.templates.items', { n: t.items.length }),
  ]
    .filter(Boolean)
    .join(' · ');

/** Strategy templates saved from the strategy page, per department: review and delete. */
export function TemplatesSection() {
  const [templates, setTemplates] = useState<Saved[]>([]);
  const { said, fromReply } = useSaid();
  const reload = () => send({ type: 'templates.list' }).then((r) => r.ok && setTemplates(r.templates));
  useEffect(() => void reload(), []);
  const remove = async (t: Saved) => {
    const r = await send({ type: 'templates.delete', id: t.id });
    fromReply(r, msg('options.templates.deleted', { name: t.name }));
    reload();
  };
  return (
    <section id="templates">
      <h2>{msg('options.templates.title')}</h2>
      <p class="hint">{msg('options.templates.hint')}</p>
      <table class="list">
        <thead>
          <tr>
            <th>{msg('options.templates.name')}</th>
            <th>{msg('options.templates.department')}</th>
            <th>{msg('options.templates.content')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {templates.length === 0 && (
            <tr>
              <td colSpan={4} class="empty">
                {msg('options.templates.none')}
              </td>
            </tr>
          )}
          {templates.map((t) => (
            <tr data-template={t.id}>
              <td>{t.name}</td>
              <td>{t.department}</td>
              <td>{summary(t)}</td>
              <td>
                <button type="button" class="remove" onClick={() => remove(t)}>
                  {msg('options.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SaidLine said={said} />
    </section>
  );
}
