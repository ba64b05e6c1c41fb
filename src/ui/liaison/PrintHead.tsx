import { msg } from '../i18n';
import { formatDate } from '../../i18n/time';

/**
 * The liaison page printed as it is (Ctrl+P): its selects and buttons are not printed, so this block,
 * hidden on screen, says who reports (报送单位, 联络员), on which Beijing day, and which year and
 * department the printed matrix shows.
 */
export function PrintHead({ unit, officer, year, department }: { unit?: string; officer?: string; year?: number; department?: string }) {
  const rows: Array<[string, string]> = [
    [msg('liaison.submit.unit'), unit ?? ''],
    [msg('liaison.submit.officer'), officer ?? ''],
    [msg('liaison.submit.date'), formatDate(new Date())],
    [msg('liaison.year'), year === undefined ? '' : String(year)],
    [msg('liaison.department'), department || msg('liaison.allDepartments')],
  ];
  return (
    <dl class="print-head" data-testid="print-head">
      {rows.map(([k, v]) => (
        <div>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
