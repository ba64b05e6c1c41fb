import { useState } from 'preact/hooks';
import type { Adapter } from '../platform/adapter-schema';
import type { Recognised } from '../platform/lexicon';
import type { ReadLine } from '../platform/read-form';
import { VOCAB } from '../platform/vocabulary';
import { send } from '../messaging/send';
import { msg, pick, uiLang } from './i18n';
import { trusted } from './trusted';
import { GuardedButton } from './GuardedButton';

export interface ZeroConfig {
  recognised: Recognised[];
  /** The adapter the lexicon made (not saved yet). */
  adapter: Adapter;
  onSaved: (a: Adapter) => void;
  onMaker: () => void;
}

/** The value as the page shows it (跨部门, not the model's code for it). */
const shown = (l: ReadLine) => {
  const v = l.raw ?? l.used;
  return v === undefined ? '' : Array.isArray(v) ? v.join('、') : String(v);
};

/**
 * 零配置 / zero configuration: the panel checks a page no adapter covers through the label lexicon alone;
 * this bar says so, lists each field it recognised with its label, confidence and the value used, and
 * offers to save them as an adapter (or to open the maker to add or correct fields).
 */
export function ZeroConfigBar({ zero, lines }: { zero: ZeroConfig; lines: ReadLine[] }) {
  const lang = uiLang();
  const [said, setSaid] = useState('');
  const save = async () => {
    const r = await send({ type: 'adapters.save', adapter: zero.adapter });
    if (!r.ok) return setSaid((r.problems ?? []).map((p) => `${p.path}: ${pick(p)}`).join('; ') || r.error);
    zero.onSaved(r.adapter);
  };
  const high = zero.recognised.filter((r) => r.confidence === 'high').length;
  return (
    <div class="zero-config" data-fields={zero.recognised.length}>
      <p class="hint">{msg('zero.explain', { n: zero.recognised.length, high, medium: zero.recognised.length - high })}</p>
      <ul class="zero-fields">
        {zero.recognised.map((r) => {
          const line = lines.find((l) => l.field === r.spec.field && l.row === undefined);
          const problem = line?.dropped ?? line?.error;
          return (
            <li data-field={r.spec.field} data-confidence={r.confidence}>
              <span class={`tag conf-${r.confidence}`}>{r.confidence === 'high' ? msg('maker.s2') : msg('maker.s3')}</span> 「{r.label}」→ {VOCAB.get(r.spec.field)?.[lang] ?? r.spec.field}
              <div class="read-where">
                {problem ? problem[lang] : line?.used !== undefined ? shown(line) : msg('maker.s9')}
              </div>
            </li>
          );
        })}
      </ul>
      <div class="actions">
        <GuardedButton class="zero-save" onAct={save}>
          {msg('zero.save')}
        </GuardedButton>
        <button type="button" class="maker-open" onClick={trusted(zero.onMaker)}>
          {msg('maker.s7')}
        </button>
      </div>
      {said && <p class="note zero-said">{said}</p>}
    </div>
  );
}
