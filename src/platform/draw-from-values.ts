/**
 * The inspector draw on its page (随机抽取执法人员) as the model: each drawn object with its inspectors, and the
 * inspectors the page shows with the objects they must recuse from, by id where the page shows one. Pure.
 */
import type { FieldValue, ReadLine } from './read-form';
import { list, note, rows, str, type Row, type Values } from './model-values';
import { VOCAB } from './vocabulary';

/** The inspector-draw page's rows (随机抽取执法人员): each drawn object and the inspectors matched to it. */
const assignmentRows = (values: Values) => rows(values.assignments).filter((r) => str(r.object as FieldValue));

/**
 * A row's people as the page names them: by their ids (执法证号, 人员编码) where the page shows one per name, else
 * by name. Ids that do not pair with the names (a different count) are not guessed at: they are dropped with a
 * line, and the row falls back to names.
 */
function people(r: Row, names: 'inspectors' | 'recused', row: number, lines: ReadLine[]): Array<{ id: string; name: string; nameOnly: boolean }> {
  const shown = list(r[names] as FieldValue);
  const idsField = names === 'inspectors' ? 'inspectorIds' : 'recusedIds';
  const ids = list(r[idsField] as FieldValue);
  if (ids.length && ids.length !== shown.length) {
    lines.push({
      field: `assignment.${idsField}`,
      row,
      where: { zh: '转为模型时', en: 'when building the model' },
      raw: ids,
      dropped: { zh: `编号 ${ids.length} 个、姓名 ${shown.length} 个，无法一一对应：按姓名识别`, en: `${ids.length} ids for ${shown.length} names cannot be paired: matched by name` },
      rules: VOCAB.get(`assignment.${idsField}`)?.rules ?? [],
    });
  }
  const byId = ids.length > 0 && ids.length === shown.length;
  return shown.map((name, i) => (byId ? { id: ids[i], name, nameOnly: false } : { id: name, name, nameOnly: true }));
}

interface PageInspector {
  id: string;
  name: string;
  nameOnly?: true;
  conflicts: string[];
}

/**
 * The drawn objects with their inspectors, and the inspectors as far as the page shows them: each once (by id where
 * the page shows ids, else by name), with the objects it says they must recuse from (回避). The registry only when
 * the page shows recusals at all (a `recused` column): else it stays unknown and the recusal rule says it lacks the
 * data, rather than pass. Matching by name is said in 读取情况.
 */
export function drawFromValues(values: Values, lines: ReadLine[]) {
  const all = assignmentRows(values);
  const registry = new Map<string, PageInspector>();
  const add = (p: { id: string; name: string; nameOnly: boolean }) => registry.get(p.id) ?? registry.set(p.id, { id: p.id, name: p.name, ...(p.nameOnly ? { nameOnly: true as const } : {}), conflicts: [] }).get(p.id)!;
  const recusals: Array<{ p: { id: string; name: string; nameOnly: boolean }; objectId: string }> = [];
  const assignments = all.map((r, i) => {
    const objectId = str(r.object as FieldValue)!;
    const inspectors = people(r, 'inspectors', i, lines).map(add);
    for (const p of people(r, 'recused', i, lines)) recusals.push({ p, objectId });
    return { objectId, inspectorIds: inspectors.map((p) => p.id) };
  });
  // A recusal known by name only binds everyone of that name (namesakes included: a finding to check, never a
  // silent pass), and those it binds are said to be matched by name.
  for (const { p, objectId } of recusals) {
    const bound = p.nameOnly ? [...registry.values()].filter((x) => x.name === p.name) : [];
    for (const x of bound.length ? bound : [add(p)]) {
      x.conflicts.push(objectId);
      if (p.nameOnly) x.nameOnly = true;
    }
  }
  const byName = [...registry.values()].filter((p) => p.nameOnly);
  if (byName.length)
    lines.push(note('assignment.inspectorIds', undefined, `页面未显示执法证号或人员编码：${byName.length} 名人员按姓名识别，同名人员无法区分`, `the page shows no licence or staff number: ${byName.length} people identified by name; namesakes cannot be told apart`));
  const shown = all.some((r) => 'recused' in r);
  return { assignments, inspectors: shown ? [...registry.values()] : undefined };
}
