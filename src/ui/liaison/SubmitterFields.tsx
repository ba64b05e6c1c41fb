import { useEffect, useState } from 'preact/hooks';
import type { Submitter } from '../../core/liaison/report/html';
import { msg } from '../i18n';

// Kept in the extension page's own storage (never a platform page's): the same officer prints every month.
const KEY = 'dra.liaison.submitter';

export function useSubmitter(): [Submitter, (s: Submitter) => void] {
  const [who, setWho] = useState<Submitter>(() => {
    try {
      const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Submitter;
      return { unit: typeof v.unit === 'string' ? v.unit : undefined, officer: typeof v.officer === 'string' ? v.officer : undefined };
    } catch {
      return {};
    }
  });
  useEffect(() => localStorage.setItem(KEY, JSON.stringify(who)), [who]);
  return [who, setWho];
}

/** 报送单位 and 联络员 for the printed report's header block (the date is the day it is made, in Beijing). */
export function SubmitterFields({ who, onChange, department }: { who: Submitter; onChange(s: Submitter): void; department?: string }) {
  return (
    <fieldset class="submitter" data-testid="liaison-submitter">
      <legend>{msg('liaison.submit.title')}</legend>
      <label>
        {msg('liaison.submit.unit')}{' '}
        <input data-testid="submit-unit" value={who.unit ?? department ?? ''} placeholder={msg('liaison.submit.unitHint')} onInput={(e) => onChange({ ...who, unit: (e.target as HTMLInputElement).value })} />
      </label>
      <label>
        {msg('liaison.submit.officer')}{' '}
        <input data-testid="submit-officer" value={who.officer ?? ''} placeholder={msg('liaison.submit.officerHint')} onInput={(e) => onChange({ ...who, officer: (e.target as HTMLInputElement).value })} />
      </label>
    </fieldset>
  );
}
