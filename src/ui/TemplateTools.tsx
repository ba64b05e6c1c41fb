import { useEffect, useState } from 'preact/hooks';
import type { StrategyTemplate } from '../core/templates/template';
import { send } from '../messaging/send';
import { buildFillScript, replayFillScript, restoreReplay, type FillScript, type FillStep, type ReplayResult } from '../platform/fill-script';
import { readForm, type Scalar } from '../platform/read-form';
import type { RecognisedPage } from '../platform/recognise';
import { templateFromPage, templateTargets } from '../platform/template-fill';
import { tr } from './i18n';
import { trusted } from './trusted';

type Saved = StrategyTemplate & { id: string };
const show = (v: Scalar) => (v === undefined || v === '' ? '—' : Array.isArray(v) ? (v.length ? v.join('、') : '—') : v === true ? tr('是', 'yes') : v === false ? tr('否', 'no') : String(v));

function ScriptView({ steps }: { steps: FillStep[] }) {
  return (
    <ol class="fill-script">
      {steps.map((s) => (
        <li data-target={s.target}>
          <span class="label">{s.label}</span>: <span class="from">{s.fromText ?? show(s.from)}</span> → <b class="to">{s.toText ?? show(s.to)}</b>
        </li>
      ))}
    </ol>
  );
}

/**
 * Strategy templates on the strategy page: save the page's strategy for the department; fill from a
 * template by first showing the fill-script, then replaying it on the user's click; undo puts back
 * what was there. Nothing is submitted: the user saves with the platform's own button.
 */
export function TemplateTools({ page, department }: { page: RecognisedPage; department?: string }) {
  const [templates, setTemplates] = useState<Saved[]>([]);
  const [chosen, setChosen] = useState('');
  const [script, setScript] = useState<FillScript | null>(null);
  const [done, setDone] = useState<ReplayResult | null>(null);
  const [name, setName] = useState('');
  const [dept, setDept] = useState(department ?? '');
  const [note, setNote] = useState('');
  const reload = () => send({ type: 'templates.list', department: department || undefined }).then((r) => r.ok && setTemplates(r.templates));
  useEffect(() => {
    setDept(department ?? '');
    reload();
  }, [department]);

  const prepare = () => {
    const t = templates.find((x) => x.id === chosen);
    if (!t) return;
    const values = readForm(document, page.spec).values;
    const { wanted, unplaced } = templateTargets(t, values, page.spec);
    setDone(null);
    setScript(buildFillScript(document, page.spec, wanted, unplaced));
  };
  const apply = async () => {
    if (!script) return;
    const r = replayFillScript(document, page.spec, script.steps);
    setDone(r);
    setScript(null);
    await send({ type: 'audit.append', kind: 'template-fill', data: { url: location.href, template: chosen, steps: r.applied.length, failed: r.failed.map((f) => `${f.step.target}: ${f.reason}`) } });
  };
  const undo = async () => {
    if (!done) return;
    const n = restoreReplay(done);
    setDone(null);
    setNote(tr(`已撤销 ${n} 项`, `${n} step(s) undone`));
    await send({ type: 'audit.append', kind: 'template-undo', data: { url: location.href, template: chosen, steps: n } });
  };
  const save = async () => {
    const values = readForm(document, page.spec).values;
    const r = await send({ type: 'templates.save', template: templateFromPage(values, name, dept) });
    if (r.ok) {
      setNote(tr(`已保存模板“${r.template.name}”`, `template "${r.template.name}" saved`));
      setName('');
      reload();
    } else setNote((r.problems ?? []).map((p) => `${p.path}: ${tr(p.zh, p.en)}`).join('; ') || r.error);
  };

  return (
    <section class="templates">
      <h3>{tr('策略模板', 'Strategy templates')}</h3>
      <div class="row">
        <select aria-label={tr('模板', 'template')} value={chosen} onChange={trusted((e) => setChosen((e.target as HTMLSelectElement).value))}>
          <option value="">{templates.length ? tr('选择模板…', 'choose a template…') : tr('（没有模板）', '(no templates)')}</option>
          {templates.map((t) => (
            <option value={t.id}>
              {t.name} · {t.department}
            </option>
          ))}
        </select>
        <button type="button" class="fill" disabled={!chosen} onClick={trusted(prepare)}>
          {tr('按模板填写…', 'Fill from template…')}
        </button>
      </div>
      {script && (
        <div class="script" data-steps={script.steps.length}>
          <p>{script.steps.length ? tr(`将修改 ${script.steps.length} 项（不会提交）：`, `${script.steps.length} field(s) will change (nothing is submitted):`) : tr('页面已与模板一致。', 'The page already matches the template.')}</p>
          <ScriptView steps={script.steps} />
          {script.unplaced.length > 0 && (
            <ul class="unplaced">
              {script.unplaced.map((u) => (
                <li>{u}</li>
              ))}
            </ul>
          )}
          <div class="actions">
            <button type="button" class="cancel" onClick={trusted(() => setScript(null))}>
              {tr('取消', 'Cancel')}
            </button>
            <button type="button" class="apply" disabled={!script.steps.length} onClick={trusted(apply)}>
              {tr('填写', 'Apply')}
            </button>
          </div>
        </div>
      )}
      {done && (
        <div class="filled" data-applied={done.applied.length} data-failed={done.failed.length}>
          <p>
            {tr(`已填写 ${done.applied.length} 项，请核对后用平台的“保存策略”保存。`, `${done.applied.length} field(s) filled; check them, then save with the platform's button.`)}
          </p>
          {done.failed.map((f) => (
            <p class="failed">
              {f.step.label}: {f.reason}
            </p>
          ))}
          <button type="button" class="undo" onClick={trusted(undo)}>
            {tr('撤销', 'Undo')}
          </button>
        </div>
      )}
      <details class="save-template">
        <summary>{tr('把当前策略存为模板', 'Save this strategy as a template')}</summary>
        <input class="tpl-name" aria-label={tr('模板名称', 'template name')} placeholder={tr('模板名称', 'template name')} value={name} onInput={trusted((e) => setName((e.target as HTMLInputElement).value))} />
        <input class="tpl-dept" aria-label={tr('部门', 'department')} placeholder={tr('部门', 'department')} value={dept} onInput={trusted((e) => setDept((e.target as HTMLInputElement).value))} />
        <button type="button" class="save" onClick={trusted(save)}>
          {tr('保存模板', 'Save template')}
        </button>
      </details>
      {note && <p class="note">{note}</p>}
    </section>
  );
}
