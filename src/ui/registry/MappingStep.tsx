import { FIELDS, mappingProblems, type ColumnMapping, type RawRow } from '../../core/registry-import';
import { cellText } from '../../core/registry-import/classify';
import { msg, pick } from '../i18n';

/** The columns as read, what each feeds, and a sample: the user corrects any column before importing. */
export function MappingStep({ mapping, sample, onChange }: { mapping: ColumnMapping; sample: RawRow[]; onChange: (m: ColumnMapping) => void }) {
  const problems = mappingProblems(mapping);
  const fields = FIELDS[mapping.kind];
  return (
    <div class="mapping">
      <table>
        <thead>
          <tr>
            <th>{msg('registry.map.column')}</th>
            <th>{msg('registry.map.as')}</th>
            <th>{msg('registry.map.sample')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.headers.map((h, i) => (
            <tr key={i} class={mapping.columns[i] ? 'mapped' : 'unmapped'}>
              <td>{h || msg('registry.map.noHeader', { n: i + 1 })}</td>
              <td>
                <select
                  data-column={i}
                  value={mapping.columns[i] ?? ''}
                  onChange={(e) => {
                    const columns = [...mapping.columns];
                    columns[i] = (e.target as HTMLSelectElement).value || null;
                    onChange({ ...mapping, columns });
                  }}
                >
                  <option value="">{msg('registry.map.skip')}</option>
                  {fields.map((f) => (
                    <option value={f.key}>{pick(f)}</option>
                  ))}
                </select>
              </td>
              <td class="sample">{sample.slice(0, 3).map((r) => cellText(r.cells[i])).filter(Boolean).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > 0 && (
        <ul class="problems">
          {problems.map((p) => (
            <li>{pick(p)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
