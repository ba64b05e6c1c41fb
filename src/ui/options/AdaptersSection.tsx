import { useEffect, useState } from 'preact/hooks';
import type { Adapter } from '../../platform/adapter-schema';
import { send } from '../../messaging/send';
import { msg } from '../i18n';
import { pageKindName } from '../counts-in-words';
import { SaidLine, useSaid } from './said';
import { downloadFile } from '../download';
import { AdapterTrial } from './AdapterTrial';

/**
 * Adapters: the platform knowledge as data. The built-in one can be viewed and copied as a start; a
 * user's own (their province's platform) is pasted or edited as JSON and validated field by field.
 */
export function AdaptersSection() {
  const [adapters, setAdapters] = useState<Adapter[]>([]);
  const [builtin, setBuiltin] = useState<string[]>([]);
  const [text, setText] = useState('');
  const { said, setSaid, fromReply } = useSaid();
  const reload = () =>
    send({ type: 'adapters.list' }).then((r) => {
      if (r.ok) {
        setAdapters(r.adapters);
        setBuiltin(r.builtin);
      }
    });
  useEffect(() => void reload(), []);

  const save = async (source = text) => {
    let json: unknown;
    try {
      json = JSON.parse(source);
    } catch (e) {
      return setSaid({ ok: false, text: msg('options.adapters.badJson', { error: (e as Error).message }) });
    }
    const r = await send({ type: 'adapters.save', adapter: json });
    fromReply(r, r.ok ? msg('options.adapters.saved', { id: r.adapter.id, n: r.adapter.pages.length }) : '');
    if (r.ok) reload();
  };
  const remove = async (id: string) => {
    const r = await send({ type: 'adapters.delete', id });
    fromReply(r, msg('options.adapters.deleted', { id }));
    reload();
  };
  // Shared as a file: a colleague imports it on this page (the file is the adapter's JSON, checked on import).
  const exportFile = (a: Adapter) => downloadFile(`adapter-${a.id}.json`, JSON.stringify(a, null, 2), 'application/json');
  const importFile = async (f: File) => {
    const content = await f.text();
    setText(content);
    await save(content);
  };
  const copy = (a: Adapter, asNew: boolean) => setText(JSON.stringify(asNew ? { ...a, id: `${a.id}-copy`, name: msg('options.adapters.copyName', { name: a.name }) } : a, null, 2));

  return (
    <section id="adapters">
      <h2>{msg('options.adapters.title')}</h2>
      <p class="hint">{msg('options.adapters.hint')}</p>
      <table class="list">
        <thead>
          <tr>
            <th>{msg('options.adapters.id')}</th>
            <th>{msg('options.adapters.name')}</th>
            <th>{msg('options.adapters.origins')}</th>
            <th>{msg('options.adapters.pages')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {adapters.map((a) => (
            <tr data-adapter={a.id}>
              <td>
                <code>{a.id}</code>
                {builtin.includes(a.id) && <span class="tag">{msg('options.adapters.builtin')}</span>}
              </td>
              <td>{a.name}</td>
              <td>{a.origins.join(' ')}</td>
              <td>{a.pages.map((p) => pageKindName(p.kind)).join('、')}</td>
              <td>
                {builtin.includes(a.id) ? (
                  <button type="button" onClick={() => copy(a, true)}>
                    {msg('options.adapters.copy')}
                  </button>
                ) : (
                  <>
                    <button type="button" onClick={() => copy(a, false)}>
                      {msg('options.edit')}
                    </button>{' '}
                    <button type="button" class="export-adapter" onClick={() => exportFile(a)}>
                      {msg('options.adapters.exportFile')}
                    </button>{' '}
                    <button type="button" class="remove" onClick={() => remove(a.id)}>
                      {msg('options.delete')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label class="block">
        {msg('options.adapters.json')}
        <textarea name="adapter" rows={10} spellcheck={false} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label class="block">
        {msg('options.adapters.importFile')}{' '}
        <input type="file" class="import-adapter" accept=".json,application/json" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void importFile(f); }} />
      </label>
      <button type="button" class="primary save-adapter" disabled={!text.trim()} onClick={() => save()}>
        {msg('options.adapters.save')}
      </button>
      <SaidLine said={said} />
      <AdapterTrial text={text} />
    </section>
  );
}
