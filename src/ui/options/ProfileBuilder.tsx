import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BUILTIN_PROFILES, PROFILE_IDS, loadProfile, originLabel, provenanceText, ProfileError, type ResolvedProfile } from '../../core/profiles';
import { docOfBundle, type ProfileBundle } from '../../core/profiles/bundle';
import { newBundle, parseParamInput, setParam, settableParams, suggestFromQuote, unsetParam, type SettableParam } from '../../core/profiles/builder';
import { DocumentRefused, readDocument } from '../../core/profiles/read-document';
import { allRules } from '../../core/rules/registry';
import { send } from '../../messaging/send';
import { downloadFile } from '../download';
import { tr, uiLang } from '../i18n';
import { SaidLine, useSaid } from './said';

const baselineValue = (ruleId: string, param: string) =>
  (BUILTIN_PROFILES.baseline as { rules: Record<string, { params?: Record<string, { value: unknown }> }> }).rules[ruleId]?.params?.[param]?.value;
const PARAMS: SettableParam[] = settableParams(allRules, baselineValue);
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
const builtinName = (id: string) => (BUILTIN_PROFILES[id] as { name: { zh: string; en: string } }).name[uiLang()];

function resolveDraft(b: ProfileBundle): ResolvedProfile | string {
  try {
    return loadProfile(b.profile.id, undefined, [{ profile: b.profile, document: docOfBundle(b) }]);
  } catch (e) {
    return e instanceof ProfileError ? e.errors.map((x) => `${x.path}: ${tr(x.zh, x.en)}`).join('; ') : String(e);
  }
}

/** Step 1: the user's own document (a .txt or .docx file, or pasted text) and what it is. */
function NewDocument({ onStart }: { onStart: (b: ProfileBundle) => void }) {
  const [f, setF] = useState({ id: '', name: '', title: '', number: '', place: '', source: '', extends: 'baseline', text: '' });
  const { said, setSaid } = useSaid();
  const set = (k: keyof typeof f) => (e: Event) => setF({ ...f, [k]: (e.currentTarget as HTMLInputElement).value });
  const pick = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const text = await readDocument(file.name, new Uint8Array(await file.arrayBuffer()));
      setF((x) => ({ ...x, text, source: x.source || file.name, title: x.title || file.name.replace(/\.(txt|docx)$/i, '') }));
      setSaid({ ok: true, text: tr(`已读取 ${file.name}：${text.length} 字`, `read ${file.name}: ${text.length} characters`) });
    } catch (err) {
      setSaid({ ok: false, text: err instanceof DocumentRefused ? tr(err.zh, err.en) : String(err) });
    }
  };
  const start = () => {
    const missing = (['id', 'title', 'place', 'text'] as const).filter((k) => !f[k].trim());
    if (missing.length) {
      setSaid({ ok: false, text: tr('请填写：', 'fill in: ') + missing.join(', '), problems: missing.map((k) => ({ path: k, zh: '必填', en: 'required' })) });
      return;
    }
    if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(f.id) || f.id in BUILTIN_PROFILES) {
      setSaid({ ok: false, text: tr('编号只用小写字母、数字和连字符，且不与内置配置重名', 'the id takes lower-case letters, digits and hyphens, and no built-in profile’s id'), problems: [{ path: 'id', zh: f.id, en: f.id }] });
      return;
    }
    onStart(newBundle({ ...f, name: f.name.trim() || f.title.trim(), file: f.id, number: f.number.trim() || undefined, source: f.source.trim() || undefined }));
  };
  return (
    <div class="builder-new">
      <h3>{tr('1. 本地政策文件', '1. Your policy document')}</h3>
      <div class="grid">
        <label>{tr('配置编号', 'Profile id')} <input name="b-id" value={f.id} placeholder="wuwei-2023" onInput={set('id')} /></label>
        <label>{tr('配置名称', 'Profile name')} <input name="b-name" value={f.name} placeholder={tr('如 无为市（2023）', 'e.g. Wuwei (2023)')} onInput={set('name')} /></label>
        <label>{tr('文件标题', 'Document title')} <input name="b-title" value={f.title} onInput={set('title')} /></label>
        <label>{tr('文号（可空）', 'Number (文号, optional)')} <input name="b-number" value={f.number} onInput={set('number')} /></label>
        <label>{tr('地区', 'Place')} <input name="b-place" value={f.place} placeholder={tr('如 无为市', 'e.g. 无为市')} onInput={set('place')} /></label>
        <label>{tr('来源（网址或文件名）', 'Source (address or file name)')} <input name="b-source" value={f.source} onInput={set('source')} /></label>
        <label>
          {tr('未规定的参数沿用', 'Inherit what it leaves unstated from')}{' '}
          <select name="b-extends" value={f.extends} onChange={set('extends')}>
            {PROFILE_IDS.map((id) => <option value={id}>{builtinName(id)}</option>)}
          </select>
        </label>
      </div>
      <label class="block">
        {tr('选择文件（.txt 或 .docx）', 'Choose a file (.txt or .docx)')} <input type="file" name="b-file" accept=".txt,.docx,text/plain" onChange={pick} />
      </label>
      <label class="block">
        {tr('或粘贴全文', 'or paste the text')}
        <textarea name="b-text" rows={6} value={f.text} onInput={set('text')} />
      </label>
      <button type="button" class="primary b-start" onClick={start}>{tr('开始选定条款', 'Start selecting clauses')}</button>
      <SaidLine said={said} />
    </div>
  );
}

/** Step 2: select the clause in the text for each value the document sets; the rest is inherited, visibly. */
function ClausePicker({ bundle, onChange }: { bundle: ProfileBundle; onChange: (b: ProfileBundle) => void }) {
  const textRef = useRef<HTMLPreElement>(null);
  const [selection, setSelection] = useState('');
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const { said, setSaid } = useSaid();
  // The selection is kept while the user moves to a row's button (a click may clear it).
  useEffect(() => {
    const onSel = () => {
      const sel = document.getSelection();
      if (sel && sel.rangeCount && textRef.current?.contains(sel.anchorNode) && sel.toString().trim()) setSelection(sel.toString());
    };
    document.addEventListener('selectionchange', onSel);
    return () => document.removeEventListener('selectionchange', onSel);
  }, []);
  const resolved = useMemo(() => resolveDraft(bundle), [bundle]);
  const useSelection = (p: SettableParam) => {
    const key = `${p.ruleId}.${p.param}`;
    const typed = inputs[key]?.trim();
    const value = typed ? parseParamInput(p.kind, typed) : suggestFromQuote(p.kind, selection);
    const r = setParam(bundle, { ruleId: p.ruleId, param: p.param, value, quote: selection }, allRules);
    if (!r.ok) return setSaid({ ok: false, text: tr('未能设定 ', 'not set: ') + key, problems: r.errors });
    setSaid({ ok: true, text: tr(`已设定 ${key} = ${show(value)}，依据「${selection.trim()}」`, `set ${key} = ${show(value)} from «${selection.trim()}»`) });
    onChange(r.bundle);
  };
  return (
    <div class="builder-pick">
      <h3>{tr('2. 在文件中选定条款', '2. Select the clause in the text')}</h3>
      <p class="hint">{tr('用鼠标选中规定某一参数的原文，再点该参数的“用选中的条款”；值从条款中读出，也可先在输入框中填写。未设定的参数沿用，并标明借用自哪份文件。', 'Select the words that set a value, then click that parameter’s “Use the selection”; the value is read from the clause, or typed first. What you do not set is inherited and says which text it is borrowed from.')}</p>
      <pre class="doc-text" ref={textRef}>{bundle.document.text}</pre>
      <p class="selection">{tr('当前选中：', 'Selected: ')}<q>{selection.trim() || tr('（无）', '(none)')}</q></p>
      {typeof resolved === 'string' && <p class="said bad">{resolved}</p>}
      <table class="params builder-params">
        <thead>
          <tr><th>{tr('参数', 'Parameter')}</th><th>{tr('当前取值与出处', 'Value now and where it comes from')}</th><th>{tr('新值（可空）', 'New value (optional)')}</th><th /></tr>
        </thead>
        <tbody>
          {PARAMS.map((p) => {
            const key = `${p.ruleId}.${p.param}`;
            const src = typeof resolved === 'string' ? undefined : resolved.rules.find((r) => r.rule.meta.id === p.ruleId)?.paramSources[p.param];
            const own = src?.origin === 'own';
            return (
              <tr data-param={key} data-origin={src?.origin ?? ''}>
                <td><code>{key}</code><div class="muted">{p.rule.meta.docs[uiLang()]}</div></td>
                <td>
                  <span class={`origin origin-${src?.origin}`}>{src ? originLabel(src.origin, uiLang()) : ''}</span> {src ? show(src.value) : '—'}
                  <div class="muted">{src ? provenanceText(src, uiLang(), typeof resolved === 'string' ? [] : resolved.documents) : ''}</div>
                  {own && src?.source && <div class="quote">「{src.source.quote}」</div>}
                </td>
                <td><input name={`v-${key}`} value={inputs[key] ?? ''} placeholder={p.kind === 'month-day' ? '11-10' : p.kind === 'list' ? tr('用、分隔', 'separated by 、') : '10'} onInput={(e) => setInputs({ ...inputs, [key]: (e.currentTarget as HTMLInputElement).value })} /></td>
                <td>
                  <button type="button" class="use-selection" onClick={() => useSelection(p)}>{tr('用选中的条款', 'Use the selection')}</button>
                  {own && <button type="button" class="unset" onClick={() => onChange(unsetParam(bundle, p.ruleId, p.param))}>{tr('恢复沿用', 'Inherit again')}</button>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SaidLine said={said} />
    </div>
  );
}

/**
 * The profile builder: a user's own policy text becomes a rule profile. Each value set quotes its
 * clause verbatim (checked here and again by the background on save); values not set are inherited
 * and shown as borrowed. A profile is saved, exported as one file (document + profile) and imported.
 */
export function ProfileBuilder({ onSaved }: { onSaved: () => void }) {
  const [bundles, setBundles] = useState<ProfileBundle[]>([]);
  const [draft, setDraft] = useState<ProfileBundle | null>(null);
  const [creating, setCreating] = useState(false);
  const { said, setSaid, fromReply } = useSaid();
  const reload = () => send({ type: 'profiles.list' }).then((r) => r.ok && setBundles(r.bundles));
  useEffect(() => void reload(), []);

  const save = async (b: ProfileBundle) => {
    const r = await send({ type: 'profiles.save', bundle: b });
    fromReply(r, tr(`已保存配置 ${b.profile.id}`, `saved profile ${b.profile.id}`));
    if (r.ok) {
      await reload();
      onSaved();
    }
  };
  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let raw: unknown;
    try {
      raw = JSON.parse(await file.text());
    } catch (err) {
      setSaid({ ok: false, text: tr(`${file.name} 不是有效的 JSON：`, `${file.name} is not valid JSON: `) + (err as Error).message });
      return;
    }
    const r = await send({ type: 'profiles.save', bundle: raw });
    fromReply(r, tr(`已导入 ${file.name}`, `imported ${file.name}`));
    if (r.ok) {
      await reload();
      onSaved();
    }
  };
  const exportFile = (b: ProfileBundle) => downloadFile(`${b.profile.id}.dra-profile.json`, JSON.stringify(b, null, 2), 'application/json');
  const remove = async (id: string) => {
    const r = await send({ type: 'profiles.delete', id });
    fromReply(r, tr(`已删除配置 ${id}`, `deleted profile ${id}`));
    await reload();
    onSaved();
  };

  return (
    <section id="builder">
      <h2>{tr('用本地政策文件制作规则配置', 'Build a profile from your own policy text')}</h2>
      <p class="hint">{tr('本地文件规定的参数，逐条选定原文作为出处；未规定的沿用所选内置配置。制作好的配置可导出为一个文件（含文件原文），发给同事导入。', 'Each value your document sets quotes its clause; the rest is inherited from the built-in profile you choose. Export it as one file (with the text) for colleagues to import.')}</p>
      <ul class="user-profiles">
        {bundles.map((b) => (
          <li data-profile={b.profile.id}>
            <b>{b.profile.name[uiLang()]}</b> <code>{b.profile.id}</code> · 《{b.document.title}》 · {tr('沿用', 'extends')} {b.profile.extends} ·{' '}
            {tr(`设定 ${Object.values(b.profile.rules).reduce((n, r) => n + Object.keys(r.params ?? {}).length, 0)} 个参数`, `${Object.values(b.profile.rules).reduce((n, r) => n + Object.keys(r.params ?? {}).length, 0)} values set`)}{' '}
            <button type="button" class="edit" onClick={() => { setDraft(b); setCreating(false); }}>{tr('编辑', 'Edit')}</button>{' '}
            <button type="button" class="export" onClick={() => exportFile(b)}>{tr('导出', 'Export')}</button>{' '}
            <button type="button" class="delete" onClick={() => remove(b.profile.id)}>{tr('删除', 'Delete')}</button>
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" class="b-new" onClick={() => { setCreating(true); setDraft(null); }}>{tr('新建配置', 'New profile')}</button>{' '}
        <label>{tr('导入配置文件', 'Import a profile file')} <input type="file" name="b-import" accept=".json,application/json" onChange={importFile} /></label>
      </div>
      {creating && !draft && <NewDocument onStart={(b) => { setDraft(b); setCreating(false); }} />}
      {draft && (
        <>
          <ClausePicker bundle={draft} onChange={setDraft} />
          <button type="button" class="primary b-save" onClick={() => save(draft)}>{tr('保存配置', 'Save the profile')}</button>{' '}
          <button type="button" class="b-export" onClick={() => exportFile(draft)}>{tr('导出为文件', 'Export as a file')}</button>
        </>
      )}
      <SaidLine said={said} />
    </section>
  );
}
