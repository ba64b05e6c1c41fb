import { useEffect, useState } from 'preact/hooks';
import type { StrategyTemplate } from '../core/templates/template';
import { send } from '../messaging/send';
import { buildFillScript, replayFillScript, restoreReplay, type FillScript, type FillStep, type ReplayResult } from '../platform/fill-script';
import { readForm, type Scalar } from '../platform/read-form';
import type { RecognisedPage } from '../platform/recognise';
import { templateFromPage, templateTargets } from '../platform/template-fill';
import { fieldLabel } from '../i18n/field-label';
import { msg, pick } from './i18n';
import { trusted } from './trusted';
import { GuardedButton } from './GuardedButton';
import { fillFailureCode, fillFailureText } from '../platform/fill-failure-text';

type Saved = StrategyTemplate & { id: string };
const show = (v: Scalar) => (v === undefined || v === '' ? '—' : Array.isArray(v) ? (v.length ? v.join('、') : '—') : v === true ? msg('common.yes') : v === false ? msg('common.no') : String(v));

function ScriptView({ steps }: { steps: FillStep[] }) {
  return (
    <ol class="fill-script">
      {steps.map((s) => (
        <li data-target={s.target}>
          <span class="label">{s.label}</span>：<span class="from">{s.fromText ?? show(s.from)}</span> → <b class="to">{s.toText ?? show(s.to)}</b>
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
/** A template's field as the form above names it (名称, 部门), else as the catalogue names the data. */
const templateField = (path: string): string => (path === 'name' ? msg('templates.name') : path === 'department' ? msg('templates.department') : fieldLabel(path));

/** A template's fill as applied, kept by the panel (so its marks stay across tabs) until saved or undone. */
export interface TemplateFill {
  result: ReplayResult;
  template: string;
}

export function TemplateTools({ page, department, fill, onFill }: { page: RecognisedPage; department?: string; fill: TemplateFill | null; onFill: (f: TemplateFill | null) => void }) {
  const [templates, setTemplates] = useState<Saved[]>([]);
  const [chosen, setChosen] = useState('');
  const [script, setScript] = useState<FillScript | null>(null);
  const done = fill?.result ?? null;
  const setDone = (r: ReplayResult | null) => onFill(r ? { result: r, template: templates.find((x) => x.id === chosen)?.name ?? '' } : null);
  const [name, setName] = useState('');
  const [dept, setDept] = useState(department ?? '');
  const [note, setNote] = useState('');
  // The background lists the department set on the options page; before one is set, the one typed here.
  const reload = (typed = dept) => send({ type: 'templates.list', department: department || typed || undefined }).then((r) => r.ok && setTemplates(r.templates));
  useEffect(() => {
    setDept(department ?? '');
    reload(department ?? '');
  }, [department]);

  const prepare = () => {
    const t = templates.find((x) => x.id === chosen);
    if (!t) return;
    const values = readForm(document, page.spec).values;
    const { wanted, unplaced } = templateTargets(t, values, page.spec);
    setScript(buildFillScript(document, page.spec, wanted, unplaced));
  };
  const apply = async () => {
    if (!script) return;
    const r = replayFillScript(document, page.spec, script.steps);
    setDone(r);
    setScript(null);
    await send({ type: 'audit.append', kind: 'template-fill', data: { url: location.href, template: chosen, steps: r.applied.length, failed: r.failed.map((f) => `${f.step.target}: ${fillFailureCode(f.reason)}`) } });
  };
  const undo = async () => {
    if (!done) return;
    const n = restoreReplay(done);
    setDone(null);
    setNote(msg('templates.undone', { n }));
    await send({ type: 'audit.append', kind: 'template-undo', data: { url: location.href, template: chosen, steps: n } });
  };
  const save = async () => {
    const values = readForm(document, page.spec).values;
    const r = await send({ type: 'templates.save', template: templateFromPage(values, name, dept) });
    if (r.ok) {
      setNote(msg('templates.saved', { name: r.template.name }));
      setName('');
      reload();
    } else setNote((r.problems ?? []).map((p) => msg('common.problem', { where: templateField(p.path), what: pick(p) })).join('；') || r.error);
  };

  return (
    <section class="templates">
      <h3>{msg('templates.title')}</h3>
      <div class="row">
        <select aria-label={msg('templates.chooseLabel')} value={chosen} onChange={trusted((e) => setChosen((e.target as HTMLSelectElement).value))}>
          <option value="">{templates.length ? msg('templates.choose') : msg('templates.none')}</option>
          {templates.map((t) => (
            <option value={t.id}>
              {t.name} · {t.department}
            </option>
          ))}
        </select>
        <button type="button" class="fill" disabled={!chosen} onClick={trusted(prepare)}>
          {msg('templates.fill')}
        </button>
      </div>
      {script && (
        <div class="script" data-steps={script.steps.length}>
          <p>{script.steps.length ? msg('templates.willChange', { n: script.steps.length }) : msg('templates.matches')}</p>
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
              {msg('common.cancel')}
            </button>
            <GuardedButton class="apply" disabled={!script.steps.length} onAct={apply}>
              {msg('templates.apply')}
            </GuardedButton>
          </div>
        </div>
      )}
      {done && (
        <div class="filled" data-applied={done.applied.length} data-failed={done.failed.length}>
          <p>
            {msg('templates.filled', { n: done.applied.length })}
          </p>
          {done.failed.map((f) => (
            <p class="failed">
              {msg('common.problem', { where: f.step.label, what: fillFailureText(f.reason, f.step.toText ?? show(f.step.to)) })}
            </p>
          ))}
          <GuardedButton class="undo" onAct={undo}>
            {msg('templates.undo')}
          </GuardedButton>
        </div>
      )}
      <details class="save-template">
        <summary>{msg('templates.saveAs')}</summary>
        <input class="tpl-name" aria-label={msg('templates.name')} placeholder={msg('templates.name')} value={name} onInput={trusted((e) => setName((e.target as HTMLInputElement).value))} />
        {/* Set on the options page: templates are saved under it and no other (the background sees to it). */}
        <input class="tpl-dept" aria-label={msg('templates.department')} placeholder={msg('templates.department')} value={dept} readOnly={!!department} title={department ? msg('templates.departmentFixed') : undefined} onInput={trusted((e) => setDept((e.target as HTMLInputElement).value))} />
        <GuardedButton class="save" onAct={save}>
          {msg('templates.save')}
        </GuardedButton>
      </details>
      {note && <p class="note">{note}</p>}
    </section>
  );
}
