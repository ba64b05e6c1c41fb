import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/send';
import type { DepartmentSource, KnownDepartment } from '../../core/known-departments';
import { msg } from '../i18n';

/** The select's value for "typed by hand" (no department's value can be it: values have no control characters). */
export const TYPED = '\u0001typed';

export const departmentLabel = (d: KnownDepartment) => (d.name && d.code ? msg('options.department.named', { name: d.name, code: d.code }) : d.value);
const sources = (d: KnownDepartment) => d.from.map((f: DepartmentSource) => msg(`options.department.from.${f}`)).join(msg('list.sep'));

/**
 * 本部门 chosen from the departments the stored data names (by Chinese name, the code beside it), with
 * "其他（手动输入）" as a fallback; the parent checks the choice on save (checkDepartment).
 */
export function DepartmentPicker({ value, onChange, onKnown, reloadKey }: { value: string; onChange: (v: string) => void; onKnown: (k: KnownDepartment[]) => void; reloadKey?: unknown }) {
  const [known, setKnown] = useState<KnownDepartment[] | null>(null);
  const [typing, setTyping] = useState(false);
  useEffect(() => {
    void send({ type: 'departments.known' }).then((r) => {
      const k = r.ok ? r.departments : [];
      setKnown(k);
      onKnown(k);
    });
    // Asked again when the settings change (an item list imported below adds its departments).
  }, [reloadKey]);
  const listed = known?.some((d) => d.value === value) ?? false;
  const free = typing || (!!value && !listed);
  return (
    <div class="department-picker" data-known={known?.length ?? ''}>
      <label>
        {msg('options.profile.department')}{' '}
        <select name="department-choice" value={free ? TYPED : value} onChange={(e) => { const v = (e.target as HTMLSelectElement).value; setTyping(v === TYPED); if (v !== TYPED) onChange(v); }}>
          <option value="">{msg('options.department.none')}</option>
          {known?.map((d) => (
            <option value={d.value} title={sources(d)} data-code={d.code ?? ''}>
              {departmentLabel(d)}
            </option>
          ))}
          <option value={TYPED}>{msg('options.department.typed')}</option>
        </select>
      </label>{' '}
      {free && <input name="department" value={value} aria-label={msg('options.department.typedLabel')} placeholder={msg('options.profile.departmentHint')} onInput={(e) => onChange((e.target as HTMLInputElement).value)} />}
      <p class="hint">{known && !known.length ? msg('options.department.noneKnown') : msg('options.department.hint')}</p>
    </div>
  );
}
