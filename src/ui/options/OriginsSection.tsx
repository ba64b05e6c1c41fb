import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../storage/settings';
import { send } from '../../messaging/send';
import { coveredByManifest, originPattern, parseOrigin, sandboxOrigin } from '../../platform/origins';
import { tr } from '../i18n';
import { SaidLine, useSaid } from './said';

/**
 * The platform origins the overlay may run on beyond the sandbox. Adding one asks the browser for that
 * origin's permission (the extension holds none until then); removing one gives it back.
 */
export function OriginsSection({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const [text, setText] = useState('');
  const [port, setPort] = useState(String(settings.sandboxPort));
  const { said, setSaid, fromReply } = useSaid();

  const savePort = async () => {
    const r = await send({ type: 'settings.set', patch: { sandboxPort: Number(port) } });
    fromReply(r, tr(`沙盒端口已改为 ${port}：面板只在 ${sandboxOrigin(Number(port))} 上显示`, `sandbox port set to ${port}: the panel shows on ${sandboxOrigin(Number(port))} only`));
    if (r.ok) onSaved(r.settings);
  };

  const add = async () => {
    const p = parseOrigin(text);
    if (!p.ok) return setSaid({ ok: false, text: tr(p.zh, p.en) });
    // Asked inside the click, as the browser requires; a refusal leaves the list as it was.
    const granted = await browser.permissions.request({ origins: [originPattern(p.origin)] }).catch(() => false);
    if (!granted) return setSaid({ ok: false, text: tr(`未获授权：${p.origin}（浏览器拒绝或您取消了授权）`, `not granted: ${p.origin} (refused or cancelled)`) });
    const r = await send({ type: 'settings.set', patch: { origins: [...new Set([...settings.origins, p.origin])] } });
    fromReply(r, tr(`已添加 ${p.origin}：在该平台页面上将显示面板（需要对应的适配器）`, `${p.origin} added: the panel shows on its pages (given an adapter for them)`));
    if (r.ok) {
      setText('');
      onSaved(r.settings);
    }
  };
  const remove = async (origin: string) => {
    const r = await send({ type: 'settings.set', patch: { origins: settings.origins.filter((o) => o !== origin) } });
    if (r.ok && !coveredByManifest(origin) && !r.settings.origins.some((o) => originPattern(o) === originPattern(origin))) await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
    fromReply(r, tr(`已移除 ${origin}，并撤回其权限`, `${origin} removed and its permission given back`));
    if (r.ok) onSaved(r.settings);
  };

  return (
    <section id="origins">
      <h2>{tr('平台地址', 'Platform origins')}</h2>
      <p class="hint">
        {tr(
          `沙盒（${sandboxOrigin(settings.sandboxPort)}）已内置，面板只在这个端口上显示；本机的其他地址（其他端口、localhost）与平台地址一样需要添加。添加平台地址时，浏览器会请求访问该地址的权限；面板只在添加的地址（含端口）上显示，扩展不访问其他网站。`,
          `The sandbox (${sandboxOrigin(settings.sandboxPort)}) is built in, and the panel shows on that port only; other local addresses (other ports, localhost) are added like any platform. Adding a platform asks the browser for that origin; the panel shows on the origins added, port included, and the extension touches no other site.`,
        )}
      </p>
      <div class="row">
        <label>
          {tr('沙盒端口', 'Sandbox port')}{' '}
          <input name="sandboxPort" type="number" min={1} max={65535} value={port} onInput={(e) => setPort((e.target as HTMLInputElement).value)} />
        </label>
        <button type="button" class="save-port" onClick={savePort}>
          {tr('保存端口', 'Save port')}
        </button>
      </div>
      <ul class="origins">
        {settings.origins.length === 0 && <li class="empty">{tr('（尚未添加）', '(none yet)')}</li>}
        {settings.origins.map((o) => (
          <li data-origin={o}>
            <code>{o}</code>{' '}
            <button type="button" class="remove" onClick={() => remove(o)}>
              {tr('移除', 'Remove')}
            </button>
          </li>
        ))}
      </ul>
      <div class="row">
        <input name="origin" placeholder="https://sjzt.example.gov.cn" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <button type="button" class="primary add-origin" onClick={add}>
          {tr('添加并授权', 'Add and grant')}
        </button>
      </div>
      <SaidLine said={said} />
    </section>
  );
}
