import { FIELDS, mappingProblems, type ColumnMapping, type RawRow } from '../../core/registry-import';
import { cellText } from '../../core/registry-import/classify';
import { tr } from '../i18n';

/** The columns as read, what each feeds, and a sample: the user corrects any column before importing. */
export function MappingStep({ mapping, sample, onChange }: { mapping: ColumnMapping; sample: RawRow[]; onChange: (m: ColumnMapping) => void }) {
  const problems = mappingProblems(mapping);
  const fields = FIELDS[mapping.kind];
  return (
    <div class="mapping">
      <table>
        <thead>
          <tr>
            <th>{tr('文件中的列', 'column in the file')}</th>
            <th>{tr('导入为', 'imported as')}</th>
            <th>{tr('示例', 'sample')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.headers.map((h, i) => (
            <tr key={i} class={mapping.columns[i] ? 'mapped' : 'unmapped'}>
              <td>{h || tr(`（第 ${i + 1} 列无表头）`, `(column ${i + 1}, no header)`)}</td>
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
                  <option value="">{tr('— 不导入 —', '— not imported —')}</option>
                  {fields.map((f) => (
                    <option value={f.key}>{tr(f.zh, `${f.zh} (${f.en})`)}</option>
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
            <li>{tr(p.zh, p.en)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
