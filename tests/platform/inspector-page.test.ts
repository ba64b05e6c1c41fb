// @vitest-environment jsdom
/**
 * The inspector-draw page (随机抽取执法人员) as the sandbox serves it, read through the sandbox adapter and judged:
 * at least two inspectors per object (strategy.min-inspectors-per-object) and recusal (strategy.recusal), each at
 * the field or row concerned; a valid draw passes both.
 */
import { describe, expect, it } from 'vitest';
import type { RecognisedPage } from '../../src/platform/recognise';
import { readForm } from '../../src/platform/read-form';
import { blankForm } from '../../src/platform/blank-form';
import { evaluate } from '../../src/core/rules/evaluate';
import { Dossier } from '../../src/core/model';
import { fieldsForPath, pageModel } from '../../src/platform/to-model';
import { loadProfile } from '../../src/core/profiles';
import { judgeServed, openServed, servedSandbox } from '../support/served-page';

const TODAY = '2026-11-23';
const RULES = ['strategy.min-inspectors-per-object', 'strategy.recusal'];

const served = servedSandbox('dra-inspector-page-');

const open = (taskId: string) => openServed(served, `syn/pub/server/sccheck/entagent?taskId=${taskId}`, 'inspectors');

const judge = (doc: Document, page: RecognisedPage) => judgeServed(doc, page, TODAY, RULES);

describe('the inspector-draw page', () => {
  it('a task whose inspectors are not drawn yet opens blank (judged after the first key); its empty result table is said, not missing', async () => {
    const { doc, page } = await open('RW-2026-005');
    const read = readForm(doc, page.spec);
    expect(blankForm(read, page.spec)).toBe(true);
    expect(read.values.assignments).toEqual([]);
    expect(read.missing).toEqual([]);
  });

  it('a valid draw (two inspectors per object, nobody who must recuse) passes both checks', async () => {
    const { doc, page } = await open('RW-2026-004');
    const j = judge(doc, page);
    expect(j.read.values['strategy.inspectorsPerObject']).toBe(2);
    expect((j.read.values.assignments as unknown[]).length).toBe(served.store.task('RW-2026-004')!.draw!.assignments.length);
    expect(j.verdicts).toEqual(['strategy.min-inspectors-per-object:pass', 'strategy.recusal:pass']);
    expect(j.findings).toEqual([]);
  });

  it('one inspector per object is an error at 每户检查对象配置检查人员', async () => {
    const { doc, page } = await open('RW-2026-004');
    doc.querySelector<HTMLInputElement>('input[name=perObject]')!.value = '1';
    const j = judge(doc, page);
    const f = j.findings.find((x) => x.ruleId === 'strategy.min-inspectors-per-object')!;
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('error');
    expect(f.messageId).toBe('perObjectTooFew');
    expect(j.markedAt('strategy.min-inspectors-per-object')).toBe('strategy.inspectorsPerObject');
  });

  it('an object matched to one inspector is an error at its row', () => {
    const values = { 'strategy.inspectorsPerObject': 2, assignments: [{ object: '甲公司', inspectors: ['张三', '李四'], recused: undefined }, { object: '乙公司', inspectors: ['王五'], recused: undefined }] };
    const report = evaluate(Dossier.parse(pageModel(values, TODAY).dossier), loadProfile('baseline'), { asOf: TODAY });
    const f = report.findings.find((x) => x.ruleId === 'strategy.min-inspectors-per-object')!;
    expect(f.messageId).toBe('objectTooFew');
    expect(f.fields.flatMap(fieldsForPath)[0]).toBe('assignments[1].inspectors');
  });

  it('an inspector matched to an object they must recuse from is an error at that row, named in words', async () => {
    const t = served.store.task('RW-2026-004')!;
    const a = t.draw!.assignments[2];
    const inspector = served.store.data.inspectors.find((i) => i.id === a.inspectorIds[0])!;
    const object = served.store.data.objects.find((o) => o.id === a.objectId)!;
    inspector.conflicts = [...inspector.conflicts, a.objectId];
    try {
      const { doc, page } = await open('RW-2026-004');
      const j = judge(doc, page);
      const f = j.findings.find((x) => x.ruleId === 'strategy.recusal')!;
      expect(f.status).toBe('fail');
      expect(f.messageId).toBe('conflicted');
      expect(f.message.zh).toContain(inspector.name!);
      expect(f.message.zh).toContain(object.name);
      expect(j.markedAt('strategy.recusal')).toBe('assignments[2].inspectors');
    } finally {
      inspector.conflicts = inspector.conflicts.filter((x) => x !== a.objectId);
    }
  });

  it('two inspectors of the same name, one of whom must recuse: told apart by 人员编码, the one matched has no conflict (pass)', async () => {
    const t = served.store.task('RW-2026-004')!;
    const a = t.draw!.assignments[2];
    const matched = served.store.data.inspectors.find((i) => i.id === a.inspectorIds[0])!;
    const depts = new Set(t.participants.map((p) => p.departmentId));
    // A namesake from the task's pool, not matched to this object, who declared a conflict with it.
    const namesake = served.store.data.inspectors.find((i) => i.active && depts.has(i.departmentId!) && !a.inspectorIds.includes(i.id))!;
    const saved = { name: namesake.name, conflicts: namesake.conflicts };
    namesake.name = matched.name;
    namesake.conflicts = [...namesake.conflicts, a.objectId];
    try {
      const { doc, page } = await open('RW-2026-004');
      const row = (j: ReturnType<typeof judge>) => (j.read.values.assignments as Array<Record<string, unknown>>)[2];
      const j = judge(doc, page);
      expect(row(j).recused).toEqual([matched.name]); // the page shows the same name on both sides
      expect(row(j).recusedIds).toEqual([namesake.id]);
      expect(j.verdicts).toContain('strategy.recusal:pass');
      // The same page without its ids (a platform that shows names only): matched by name, and the finding says so.
      const namesOnly = { ...page.spec, tables: page.spec.tables.map((tb) => ({ ...tb, columns: tb.columns.filter((c) => !c.field.endsWith('Ids')) })) };
      const byName = judge(doc, { ...page, spec: namesOnly });
      const f = byName.findings.find((x) => x.ruleId === 'strategy.recusal')!;
      expect(f.status).toBe('fail');
      expect(f.messageId).toBe('conflictedByName');
      expect(f.message.zh).toContain('按姓名核对');
      expect(byName.model.lines.some((l) => l.field === 'assignment.inspectorIds' && l.where.zh.includes('按姓名识别'))).toBe(true);
    } finally {
      Object.assign(namesake, saved);
    }
  });

  it('ids that do not pair with the names are dropped with a line, and the row is matched by name', () => {
    const values = { 'strategy.inspectorsPerObject': 2, assignments: [{ object: '甲公司', inspectors: ['张三', '李四'], inspectorIds: ['ZF-1'], recused: [], recusedIds: [] }] };
    const model = pageModel(values, TODAY);
    const dropped = model.lines.find((l) => l.field === 'assignment.inspectorIds' && l.dropped);
    expect(dropped?.dropped?.zh).toContain('无法一一对应');
    expect(Dossier.parse(model.dossier).plans[0].tasks[0].draw!.assignments[0].inspectorIds).toEqual(['张三', '李四']);
  });

  it('a page that shows no recusals leaves recusal undecided (数据不足), never a pass', () => {
    const values = { 'strategy.inspectorsPerObject': 2, assignments: [{ object: '甲公司', inspectors: ['张三', '李四'] }] };
    const report = evaluate(Dossier.parse(pageModel(values, TODAY).dossier), loadProfile('baseline'), { asOf: TODAY });
    expect(report.rules.find((r) => r.ruleId === 'strategy.recusal')!.status).toBe('incomplete');
  });
});
