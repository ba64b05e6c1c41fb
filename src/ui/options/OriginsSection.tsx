import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../storage/settings';
import { send } from '../../messaging/send';
import { coveredByManifest, originPattern, parseOrigin, sandboxOrigin } from '../../platform/origins';
import { msg, pick } from '../i18n';
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
    fromReply(r, msg('options.origins.portSaved', { port, origin: r.ok ? sandboxOrigin(r.settings.sandboxPort) : '' }));
    if (r.ok) onSaved(r.settings);
  };

  const add = async () => {
    const p = parseOrigin(text);
    if (!p.ok) return setSaid({ ok: false, text: pick(p) });
    // Asked inside the click, as the browser requires; a refusal leaves the list as it was.
    const granted = await browser.permissions.request({ origins: [originPattern(p.origin)] }).catch(() => false);
    if (!granted) return setSaid({ ok: false, text: msg('options.origins.notGranted', { origin: p.origin }) });
    const r = await send({ type: 'settings.set', patch: { origins: [...new Set([...settings.origins, p.origin])] } });
    fromReply(r, msg('options.origins.added', { origin: p.origin }));
    if (r.ok) {
      setText('');
      onSaved(r.settings);
    }
  };
  const remove = async (origin: string) => {
    const r = await send({ type: 'settings.set', patch: { origins: settings.origins.filter((o) => o !== origin) } });
    if (r.ok && !coveredByManifest(origin) && !r.settings.origins.some((o) => originPattern(o) === originPattern(origin))) await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
    fromReply(r, msg('options.origins.removed', { origin }));
    if (r.ok) onSaved(r.settings);
  };

  return (
    <section id="origins">
      <h2>{msg('options.origins.title')}</h2>
      <p class="hint">{msg('options.origins.hint', { sandbox: sandboxOrigin(settings.sandboxPort) })}</p>
      <div class="row">
        <label>
          {msg('options.origins.port')}{' '}
          <input name="sandboxPort" type="number" min={1} max={65535} value={port} onInput={(e) => setPort((e.target as HTMLInputElement).value)} />
        </label>
        <button type="button" class="save-port" onClick={savePort}>
          {msg('options.origins.savePort')}
        </button>
      </div>
      <ul class="origins">
        {settings.origins.length === 0 && <li class="empty">{msg('options.origins.none')}</li>}
        {settings.origins.map((o) => (
          <li data-origin={o}>
            <code>{o}</code>{' '}
            <button type="button" class="remove" onClick={() => remove(o)}>
              {msg('options.origins.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div class="row">
        <input name="origin" placeholder="https://sjzt.example.gov.cn" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <button type="button" class="primary add-origin" onClick={add}>
          {msg('options.origins.add')}
        </button>
      </div>
      <SaidLine said={said} />
    </section>
  );
}
