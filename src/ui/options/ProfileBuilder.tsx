import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { BUILTIN_PROFILES, PROFILE_IDS, loadProfile, ProfileError, type ResolvedProfile } from '../../core/profiles';
import { originLabel, provenanceText } from '../../i18n/provenance';
import { paramLabel, paramValue } from '../../i18n/param-label';
import { docOfBundle, type ProfileBundle } from '../../core/profiles/bundle';
import { newBundle, parseParamInput, setParam, settableParams, suggestFromQuote, unsetParam, type SettableParam } from '../../core/profiles/builder';
import { DocumentRefused, readDocument } from '../../core/profiles/read-document';
import { allRules } from '../../core/rules/registry';
import { send } from '../../messaging/send';
import { downloadFile } from '../download';
import { msg, pick } from '../i18n';
import { SaidLine, useSaid } from './said';
import { NOT_WORDS } from './ProfileSection';

const baselineValue = (ruleId: string, param: string) =>
  (BUILTIN_PROFILES.baseline as { rules: Record<string, { params?: Record<string, { value: unknown }> }> }).rules[ruleId]?.params?.[param]?.value;
const PARAMS: SettableParam[] = settableParams(allRules, baselineValue);
const show = (v: unknown) => paramValue(v);
const builtinName = (id: string) => {
  const n = (BUILTIN_PROFILES[id] as { name?: { zh: string; en: string } } | undefined)?.name;
  return n ? pick(n) : id;
};

function resolveDraft(b: ProfileBundle): ResolvedProfile | string {
  try {
    return loadProfile(b.profile.id, undefined, [{ profile: b.profile, document: docOfBundle(b) }]);
  } catch (e) {
    return e instanceof ProfileError ? e.errors.map((x) => `${x.path}: ${pick(x)}`).join('; ') : String(e);
  }
}

/** Step 1: the user's own document (a .txt or .docx file, or pasted text) and what it is. */
function NewDocument({ onStart }: { onStart: (b: ProfileBundle) => void }) {
  const [f, setF] = useState({ id: '', name: '', title: '', number: '', place: '', source: '', extends: 'baseline', text: '' });
  const { said, setSaid } = useSaid();
  const set = (k: keyof typeof f) => (e: Event) => setF({ ...f, [k]: (e.currentTarget as HTMLInputElement).value });
  const pickFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const text = await readDocument(file.name, new Uint8Array(await file.arrayBuffer()));
      setF((x) => ({ ...x, text, source: x.source || file.name, title: x.title || file.name.replace(/\.(txt|docx)$/i, '') }));
      setSaid({ ok: true, text: msg('builder.read', { file: file.name, n: text.length }) });
    } catch (err) {
      setSaid({ ok: false, text: err instanceof DocumentRefused ? pick(err) : String(err) });
    }
  };
  const start = () => {
    const missing = (['id', 'title', 'place', 'text'] as const).filter((k) => !f[k].trim());
    if (missing.length) {
      setSaid({ ok: false, text: msg('builder.fillIn', { fields: missing.map((k) => msg(`builder.field.${k}`)).join(msg('list.sep')) }), problems: missing.map((k) => ({ path: k, zh: msg('builder.required', undefined, 'zh'), en: msg('builder.required', undefined, 'en') })) });
      return;
    }
    if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(f.id) || f.id in BUILTIN_PROFILES) {
      setSaid({ ok: false, text: msg('builder.badId'), problems: [{ path: 'id', zh: f.id, en: f.id }] });
      return;
    }
    onStart(newBundle({ ...f, name: f.name.trim() || f.title.trim(), file: f.id, number: f.number.trim() || undefined, source: f.source.trim() || undefined }));
  };
  return (
    <div class="builder-new">
      <h3>{msg('builder.step1')}</h3>
      <div class="grid">
        <label>{msg('builder.field.id')} <input name="b-id" value={f.id} placeholder="wuwei-2023" onInput={set('id')} /></label>
        <label>{msg('builder.field.name')} <input name="b-name" value={f.name} placeholder={msg('builder.field.nameHint')} onInput={set('name')} /></label>
        <label>{msg('builder.field.title')} <input name="b-title" value={f.title} onInput={set('title')} /></label>
        <label>{msg('builder.field.number')} <input name="b-number" value={f.number} onInput={set('number')} /></label>
        <label>{msg('builder.field.place')} <input name="b-place" value={f.place} placeholder={msg('builder.field.placeHint')} onInput={set('place')} /></label>
        <label>{msg('builder.field.source')} <input name="b-source" value={f.source} onInput={set('source')} /></label>
        <label>
          {msg('builder.field.extends')}{' '}
          <select name="b-extends" value={f.extends} onChange={set('extends')}>
            {PROFILE_IDS.map((id) => <option value={id}>{builtinName(id)}</option>)}
          </select>
        </label>
      </div>
      <label class="block">
        {msg('builder.chooseFile')} <input type="file" name="b-file" accept=".txt,.docx,text/plain" onChange={pickFile} />
      </label>
      <label class="block">
        {msg('builder.paste')}
        <textarea name="b-text" rows={6} value={f.text} onInput={set('text')} />
      </label>
      <button type="button" class="primary b-start" onClick={start}>{msg('builder.start')}</button>
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
    if (!r.ok) return setSaid({ ok: false, text: msg('builder.notSet', { param: paramLabel(p.param) }), problems: r.errors });
    setSaid({ ok: true, text: msg('builder.set', { param: paramLabel(p.param), value: show(value), quote: selection.trim() }) });
    onChange(r.bundle);
  };
  return (
    <div class="builder-pick">
      <h3>{msg('builder.step2')}</h3>
      <p class="hint">{msg('builder.step2Hint')}</p>
      <pre class="doc-text" ref={textRef}>{bundle.document.text}</pre>
      <p class="selection">{msg('builder.selected')}<q>{selection.trim() || msg('builder.none')}</q></p>
      {typeof resolved === 'string' && <p class="said bad">{resolved}</p>}
      <table class="params builder-params">
        <thead>
          <tr><th>{msg('builder.col.param')}</th><th>{msg('builder.col.now')}</th><th>{msg('builder.col.new')}</th><th /></tr>
        </thead>
        <tbody>
          {PARAMS.map((p) => {
            const key = `${p.ruleId}.${p.param}`;
            const src = typeof resolved === 'string' ? undefined : resolved.rules.find((r) => r.rule.meta.id === p.ruleId)?.paramSources[p.param];
            const own = src?.origin === 'own';
            return (
              <tr data-param={key} data-origin={src?.origin ?? ''}>
                <td title={key}>{pick(p.rule.meta.docs).split(/[，。；]/)[0]} · {paramLabel(p.param)}<div class="muted">{pick(p.rule.meta.docs)}</div></td>
                <td>
                  <span class={`origin origin-${src?.origin}`}>{src ? originLabel(src.origin) : ''}</span> {src ? show(src.value) : '—'}
                  <div class="muted">{src ? provenanceText(src, typeof resolved === 'string' ? [] : resolved.documents) : ''}</div>
                  {own && src?.source && <div class="quote">「{src.source.quote}」</div>}
                </td>
                <td><input name={`v-${key}`} value={inputs[key] ?? ''} placeholder={p.kind === 'month-day' ? '11-10' : p.kind === 'list' ? msg('builder.listHint') : '10'} onInput={(e) => setInputs({ ...inputs, [key]: (e.currentTarget as HTMLInputElement).value })} /></td>
                <td>
                  <button type="button" class="use-selection" onClick={() => useSelection(p)}>{msg('builder.useSelection')}</button>
                  {own && <button type="button" class="unset" onClick={() => onChange(unsetParam(bundle, p.ruleId, p.param))}>{msg('builder.unset')}</button>}
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
    fromReply(r, msg('builder.saved', { id: b.profile.id }));
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
      setSaid({ ok: false, text: msg('builder.badJson', { file: file.name, error: (err as Error).message }) });
      return;
    }
    const r = await send({ type: 'profiles.save', bundle: raw });
    fromReply(r, msg('builder.imported', { file: file.name }));
    if (r.ok) {
      await reload();
      onSaved();
    }
  };
  const exportFile = (b: ProfileBundle) => downloadFile(`${b.profile.id}.dra-profile.json`, JSON.stringify(b, null, 2), 'application/json');
  const remove = async (id: string) => {
    const r = await send({ type: 'profiles.delete', id });
    fromReply(r, msg('builder.deleted', { id }));
    await reload();
    onSaved();
  };

  return (
    <section id="builder">
      <h2>{msg('builder.title')}</h2>
      <p class="hint">{msg('builder.hint')}</p>
      <ul class="user-profiles">
        {bundles.map((b) => (
          <li data-profile={b.profile.id}>
            <b>{pick(b.profile.name)}</b> <code {...NOT_WORDS}>{b.profile.id}</code> · 《{b.document.title}》 · {msg('builder.extends', { name: builtinName(b.profile.extends ?? 'baseline') })} ·{' '}
            {msg('builder.valuesSet', { n: Object.values(b.profile.rules).reduce((n, r) => n + Object.keys(r.params ?? {}).length, 0) })}{' '}
            <button type="button" class="edit" onClick={() => { setDraft(b); setCreating(false); }}>{msg('builder.edit')}</button>{' '}
            <button type="button" class="export" onClick={() => exportFile(b)}>{msg('builder.export')}</button>{' '}
            <button type="button" class="delete" onClick={() => remove(b.profile.id)}>{msg('builder.delete')}</button>
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" class="b-new" onClick={() => { setCreating(true); setDraft(null); }}>{msg('builder.new')}</button>{' '}
        <label>{msg('builder.import')} <input type="file" name="b-import" accept=".json,application/json" onChange={importFile} /></label>
      </div>
      {creating && !draft && <NewDocument onStart={(b) => { setDraft(b); setCreating(false); }} />}
      {draft && (
        <>
          <ClausePicker bundle={draft} onChange={setDraft} />
          <button type="button" class="primary b-save" onClick={() => save(draft)}>{msg('builder.save')}</button>{' '}
          <button type="button" class="b-export" onClick={() => exportFile(draft)}>{msg('builder.exportFile')}</button>
        </>
      )}
      <SaidLine said={said} />
    </section>
  );
}
