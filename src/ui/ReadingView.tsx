import type { ReadLine, Scalar } from '../platform/read-form';
import { VOCAB } from '../platform/vocabulary';
import type { Lang } from './Findings';

const shown = (v: Scalar | string[]) => (v === undefined ? '' : Array.isArray(v) ? v.join('、') : String(v));

/** A line's state: used, empty, dropped (with its reason), a widget error, or not found. */
function stateOf(l: ReadLine): 'used' | 'empty' | 'dropped' | 'error' | 'absent' {
  if (l.error) return 'error';
  if (l.dropped) return 'dropped';
  if (l.used !== undefined) return 'used';
  return l.raw === undefined && !l.where.zh.startsWith('标签') && !l.where.zh.startsWith('选择器') ? 'absent' : 'empty';
}

const STATE: Record<ReturnType<typeof stateOf>, { zh: string; en: string }> = {
  used: { zh: '已使用', en: 'used' },
  empty: { zh: '空', en: 'empty' },
  dropped: { zh: '未使用', en: 'dropped' },
  error: { zh: '控件错误', en: 'widget error' },
  absent: { zh: '未找到', en: 'not found' },
};

/**
 * 读取情况 / what was read: every adapter field, where it was found, the value read and the value
 * used, the rules that read it; every value dropped with its reason, and widget errors as lines.
 */
export function ReadingView({ lines, lang }: { lines: ReadLine[]; lang: Lang }) {
  if (!lines.length) return <p class="hint">{lang === 'zh' ? '本页没有读取字段' : 'Nothing is read on this page'}</p>;
  const problems = lines.filter((l) => l.dropped || l.error).length;
  return (
    <div class="reading" data-problems={problems}>
      <p class="hint">
        {lang === 'zh' ? `共 ${lines.length} 项，${problems} 项未使用或出错` : `${lines.length} lines, ${problems} dropped or in error`}
      </p>
      <ul>
        {lines.map((l) => {
          const state = stateOf(l);
          const v = VOCAB.get(l.field);
          return (
            <li class={`read-line read-${state}`} data-field={l.field} data-row={l.row ?? ''} data-state={state}>
              <div class="read-head">
                <code title={v ? v[lang] : ''}>
                  {l.field}
                  {l.row !== undefined && ` #${l.row + 1}`}
                </code>
                <span class="read-state">{STATE[state][lang]}</span>
              </div>
              <div class="read-where">{l.where[lang]}</div>
              {l.raw !== undefined && (
                <div class="read-raw">
                  {lang === 'zh' ? '读到' : 'read'}: 「{shown(l.raw)}」
                  {l.used !== undefined && (
                    <>
                      {' → '}
                      {lang === 'zh' ? '使用' : 'used'}: <b class="read-used">{shown(l.used)}</b>
                    </>
                  )}
                </div>
              )}
              {l.raw === undefined && l.used !== undefined && (
                <div class="read-raw">
                  {lang === 'zh' ? '使用' : 'used'}: <b class="read-used">{shown(l.used)}</b>
                </div>
              )}
              {(l.dropped ?? l.error) && <div class="read-reason">{(l.dropped ?? l.error)![lang]}</div>}
              {l.rules.length > 0 && <div class="read-rules">{l.rules.join(' ')}</div>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
