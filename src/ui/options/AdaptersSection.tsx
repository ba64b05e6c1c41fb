import { useEffect, useState } from 'preact/hooks';
import type { Adapter } from '../../platform/adapter-schema';
import { send } from '../../messaging/send';
import { tr } from '../i18n';
import { SaidLine, useSaid } from './said';
import { downloadFile } from '../download';

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
      return setSaid({ ok: false, text: tr('不是有效的 JSON：', 'not valid JSON: ') + (e as Error).message });
    }
    const r = await send({ type: 'adapters.save', adapter: json });
    fromReply(r, r.ok ? tr(`已保存适配器 ${r.adapter.id}（${r.adapter.pages.length} 个页面）`, `adapter ${r.adapter.id} saved (${r.adapter.pages.length} pages)`) : '');
    if (r.ok) reload();
  };
  const remove = async (id: string) => {
    const r = await send({ type: 'adapters.delete', id });
    fromReply(r, tr(`已删除适配器 ${id}`, `adapter ${id} deleted`));
    reload();
  };
  // Shared as a file: a colleague imports it on this page (the file is the adapter's JSON, checked on import).
  const exportFile = (a: Adapter) => downloadFile(`adapter-${a.id}.json`, JSON.stringify(a, null, 2), 'application/json');
  const importFile = async (f: File) => {
    const content = await f.text();
    setText(content);
    await save(content);
  };
  const copy = (a: Adapter, asNew: boolean) => setText(JSON.stringify(asNew ? { ...a, id: `${a.id}-copy`, name: `${a.name}（副本）` } : a, null, 2));

  return (
    <section id="adapters">
      <h2>{tr('平台适配器', 'Platform adapters')}</h2>
      <p class="hint">{tr('适配器说明如何识别平台的每类页面、每个字段在哪里（按标签文字，其次选择器）。本省平台需要一个适配器，不需要新代码。', 'An adapter tells how to recognise each page kind of a platform and where each field is (by label text, then selector). Your province’s platform needs an adapter, not new code.')}</p>
      <table class="list">
        <thead>
          <tr>
            <th>{tr('编号', 'id')}</th>
            <th>{tr('名称', 'name')}</th>
            <th>{tr('地址', 'origins')}</th>
            <th>{tr('页面', 'pages')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {adapters.map((a) => (
            <tr data-adapter={a.id}>
              <td>
                <code>{a.id}</code>
                {builtin.includes(a.id) && <span class="tag">{tr('内置', 'built in')}</span>}
              </td>
              <td>{a.name}</td>
              <td>{a.origins.join(' ')}</td>
              <td>{a.pages.map((p) => p.kind).join(', ')}</td>
              <td>
                {builtin.includes(a.id) ? (
                  <button type="button" onClick={() => copy(a, true)}>
                    {tr('复制为新适配器', 'Copy as new')}
                  </button>
                ) : (
                  <>
                    <button type="button" onClick={() => copy(a, false)}>
                      {tr('编辑', 'Edit')}
                    </button>{' '}
                    <button type="button" class="export-adapter" onClick={() => exportFile(a)}>
                      {tr('导出文件', 'Export file')}
                    </button>{' '}
                    <button type="button" class="remove" onClick={() => remove(a.id)}>
                      {tr('删除', 'Delete')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <label class="block">
        {tr('适配器 JSON', 'Adapter JSON')}
        <textarea name="adapter" rows={10} spellcheck={false} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label class="block">
        {tr('从文件导入（同事导出的适配器）', 'Import from a file (an adapter a colleague exported)')}{' '}
        <input type="file" class="import-adapter" accept=".json,application/json" onChange={(e) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void importFile(f); }} />
      </label>
      <button type="button" class="primary save-adapter" disabled={!text.trim()} onClick={() => save()}>
        {tr('校验并保存', 'Validate and save')}
      </button>
      <SaidLine said={said} />
    </section>
  );
}
