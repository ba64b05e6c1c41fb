import { useEffect, useState } from 'preact/hooks';
import type { StrategyTemplate } from '../../core/templates/template';
import { send } from '../../messaging/send';
import { tr } from '../i18n';
import { SaidLine, useSaid } from './said';

type Saved = StrategyTemplate & { id: string };

const summary = (t: Saved) =>
  [
    t.creditClassRates ? `A–D ${['A', 'B', 'C', 'D'].map((c) => t.creditClassRates?.[c as 'A'] ?? '—').join('/')}%` : '',
    t.directed ? tr('定向', 'directed') : t.directed === false ? tr('不定向', 'not directed') : '',
    tr(`${t.items.length} 个事项`, `${t.items.length} item(s)`),
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
    fromReply(r, tr(`已删除模板“${t.name}”`, `template "${t.name}" deleted`));
    reload();
  };
  return (
    <section id="templates">
      <h2>{tr('策略模板', 'Strategy templates')}</h2>
      <p class="hint">{tr('在平台的“添加策略”页面上，用面板的“模板”标签保存和填写。', 'Saved and applied from the panel’s Templates tab on the platform’s strategy page.')}</p>
      <table class="list">
        <thead>
          <tr>
            <th>{tr('名称', 'name')}</th>
            <th>{tr('部门', 'department')}</th>
            <th>{tr('内容', 'content')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {templates.length === 0 && (
            <tr>
              <td colSpan={4} class="empty">
                {tr('（没有模板）', '(no templates)')}
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
                  {tr('删除', 'Delete')}
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
