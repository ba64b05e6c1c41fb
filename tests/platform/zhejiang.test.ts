// @vitest-environment jsdom
/**
 * The shipped `zhejiang` adapter on fixtures written after the Zhejiang 协同监管 platform's public source
 * (tests/fixtures/zhejiang, each stating the page it stands for): recognised, read (nothing dropped
 * without a line), and judged by the rules the issue names.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recognisePage } from '../../src/platform/recognise';
import { readForm } from '../../src/platform/read-form';
import { pageModel } from '../../src/platform/to-model';
import { readItemList } from '../../src/platform/item-list';
import { parseCsv } from '../../src/core/registry-import/csv';
import { Dossier } from '../../src/core/model';
import { evaluate } from '../../src/core/rules/evaluate';
import { loadProfile } from '../../src/core/profiles';
import { buildFillScript, replayFillScript, restoreReplay } from '../../src/platform/fill-script';
import { templateFromPage, templateTargets } from '../../src/platform/template-fill';
import { blankForm } from '../../src/platform/blank-form';
import { fieldsForPath } from '../../src/platform/to-model';
import { relevantFindings } from '../../src/ui/relevant-findings';

const ORIGIN = 'http://127.0.0.1:9000';
const URLS: Record<string, string> = {
  'plan-edit.html': '/syn/sccheck/pubscworkplan/addOrEditView?uid=8f3b1c2d9e&flag=2',
  'task-edit.html': '/syn/sccheck/scplantask/addOrEditView?uid=c71e0a5b44&flag=2',
  'draw-library.html': '/syn/pub/server/sccheck/entback/randompage?taskUid=c71e0a5b44',
  'inspector-draw.html': '/syn/sccheck/scplantask/randomagent?uid=d4a91c03be&deptTaskUid=9c1d7e5a20',
  'inspector-pairs.html': '/syn/pub/server/sccheck/entagent/viewall?deptTaskUid=9c1d7e5a20',
  'result-review.html': '/syn/sccheck/pubscentresult/auditscresultpage?taskUid=d4a91c03be&priPID=3301000000123456&uid=7e2f60aa15',
  'result-entry.html': '/syn/sccheck/pubscentresult/addscresultpage?taskUid=d4a91c03be&priPID=3301000000123456&uid=7e2f60aa15',
};
const itemList = readItemList(parseCsv(readFileSync('tests/fixtures/zhejiang/item-list.csv', 'utf8')).map((r) => r.cells)).items;

function open(file: string) {
  const doc = new DOMParser().parseFromString(readFileSync(`tests/fixtures/zhejiang/${file}`, 'utf8'), 'text/html');
  const page = recognisePage(ORIGIN + URLS[file], undefined, doc.body.textContent ?? '');
  if (!page) throw new Error(`${file} not recognised`);
  return { doc, page };
}

function judge(file: string, list = itemList, opened = open(file)) {
  const { doc, page } = opened;
  const read = readForm(doc, page.spec);
  const model = pageModel(read.values, '2026-11-23', { itemList: list });
  const report = evaluate(Dossier.parse(model.dossier), loadProfile('baseline'), { asOf: '2026-11-23' });
  return { page, read, model, report, failing: report.findings.filter((f) => f.status === 'fail'), findings: report.findings };
}

describe('the item list', () => {
  it('reads the fixture list: three items, kinds and bases; the title row above the header is skipped', () => {
    expect(itemList.map((i) => [i.id, i.kind])).toEqual([
      ['A058-01-003', 'general'],
      ['A058-01-007', 'key'],
      ['A012-02-001', 'key'],
    ]);
  });
  it('refuses rows it cannot use, each with its row, and counts every row', () => {
    const r = readItemList([['抽查事项名称', '事项类别'], ['甲', '重点'], ['', '一般'], ['乙', '较重'], ['甲', '一般']]);
    expect(r.read).toBe(4);
    expect(r.items.length + r.refused.length).toBe(r.read);
    expect(r.refused.map((x) => x.row)).toEqual([3, 4, 5]);
    expect(r.refused[1].reason).toContain('较重');
  });
  it('a list without kinds (as Zhejiang publishes its lists) is refused row by row, saying why', () => {
    const r = readItemList([['编号', '抽查事项名称', '抽查依据'], ['1', '易制毒化学品企业检查', '《条例》']]);
    expect(r.items).toEqual([]);
    expect(r.refused[0].reason).toContain('事项类别');
  });
});

describe('zhejiang: the plan page (scworkplan_edit)', () => {
  it('reads every field; a plan ending 2025-12-05 is plan.schedule.end-by', () => {
    const { page, read, failing } = judge('plan-edit.html');
    expect(page.adapter.id).toBe('zhejiang');
    expect(page.kind).toBe('plan');
    expect(read.missing).toEqual([]);
    expect(read.values).toMatchObject({ 'plan.lead': 'A058', 'plan.scope': 'own', 'plan.year': 2025, 'plan.directed': false, 'plan.start': '2025-03-01', 'plan.end': '2025-12-05', 'plan.documentNumber': '浙市监〔2025〕12号' });
    expect(failing.find((f) => f.ruleId === 'plan.schedule.end-by')?.message.zh).toContain('2025-12-05');
  });
});

describe('zhejiang: the task page (scplantask_edit)', () => {
  it('reads the six departments held in one hidden input and judges the task: plan.joint.max-departments', () => {
    const { read, model, failing } = judge('task-edit.html');
    expect(read.missing).toEqual([]);
    expect(read.values['task.departments']).toEqual(['A058', 'A012', 'A027', 'A014', 'A031', 'A045']);
    const task = Dossier.parse(model.dossier).plans[0].tasks[0];
    expect(task.participants.filter((p) => p.role === 'lead').map((p) => p.departmentId)).toEqual(['A058']);
    expect(task.participants).toHaveLength(6);
    const f = failing.find((x) => x.ruleId === 'plan.joint.max-departments');
    expect(f?.fields).toEqual(['plans[0].tasks[0].participants']);
    expect(f?.message.zh).toContain('6 个部门');
  });
  it('the items table feeds the task’s items, with kind and basis from the item list', () => {
    const { model } = judge('task-edit.html');
    const items = Dossier.parse(model.dossier).plans[0].tasks[0].items;
    expect(items.map((i) => [i.itemId, i.kind])).toEqual([
      ['A058-01-003', 'general'],
      ['A012-02-001', 'key'],
    ]);
    expect(model.lines.filter((l) => l.field === 'item.kind').map((l) => l.used)).toEqual(['general', 'key']);
  });
});

describe('zhejiang: the draw-library page (scentbacktask_edit)', () => {
  it('reads each row’s quantity from the input its 固定/比例 radio chooses', () => {
    const { read } = judge('draw-library.html');
    expect(read.values.entries).toEqual([
      { itemName: '餐饮服务单位食品安全检查', libraryId: '餐饮服务单位专项库', librarySize: 1200, quantityMode: 'fixed', target: 300 },
      { itemName: '网络餐饮服务第三方平台及入网餐饮服务提...', libraryId: '网络餐饮专项库', librarySize: 800, quantityMode: 'ratio', target: 15 },
    ]);
  });
  it('a fixed 300 of 1,200 is 25% for plan.rate.general-bounds; 15% of a key item is plan.rate.key-minimum', () => {
    const { failing } = judge('draw-library.html');
    expect(failing.find((f) => f.ruleId === 'plan.rate.general-bounds')?.message.zh).toContain('25%');
    expect(failing.find((f) => f.ruleId === 'plan.rate.key-minimum')?.message.zh).toContain('15%');
  });
  it('without an item list the kinds are not known: the rate rules say so, and a line says why', () => {
    const { failing, findings, model } = judge('draw-library.html', []);
    expect(failing.map((f) => f.ruleId)).not.toContain('plan.rate.general-bounds');
    expect(findings.some((f) => f.ruleId === 'plan.rate.general-bounds' && f.status === 'incomplete')).toBe(true);
    expect(model.lines.find((l) => l.field === 'entry.itemKind')?.where.zh).toContain('没有导入事项清单');
  });
  it('a template fills the rows through the adapter (radio, then the input it chooses) and undo restores them', () => {
    const { doc, page } = open('draw-library.html');
    const before = readForm(doc, page.spec).values;
    const rows = before.entries as Array<Record<string, string | number>>;
    const good = templateFromPage({ ...before, entries: [{ ...rows[0], quantityMode: 'ratio', target: 10 }, { ...rows[1], target: 30 }] }, '餐饮', 'A058');
    const { wanted, unplaced } = templateTargets(good, before, page.spec);
    const script = buildFillScript(doc, page.spec, wanted, unplaced);
    expect(script.steps.map((s) => [s.target, s.from, s.to])).toEqual([
      ['entries[0].quantityMode', 'fixed', 'ratio'],
      ['entries[0].target', 300, 10],
      ['entries[1].target', 15, 30],
    ]);
    const done = replayFillScript(doc, page.spec, script.steps);
    expect(done.failed).toEqual([]);
    expect((doc.querySelector('#percent_e1f0a9') as HTMLInputElement).value).toBe('10');
    expect((doc.querySelector('#num_e1f0a9') as HTMLInputElement).value).toBe('300');
    restoreReplay(done);
    expect(readForm(doc, page.spec).values).toEqual(before);
    // Exactly as it was: the percent input the template wrote is empty again.
    expect((doc.querySelector('#percent_e1f0a9') as HTMLInputElement).value).toBe('');
  });
});

describe('zhejiang: the result-entry page (scresultinsert_edit)', () => {
  const RESULT_RULES = ['result.category', 'result.publish-deadline', 'result.upload-same-day'];
  /** The page with the user's check date and ticked results (the platform's codes). */
  function entered(checkDate: string, ticked: string[]) {
    const opened = open('result-entry.html');
    opened.doc.querySelector<HTMLInputElement>('#checkDate')!.value = checkDate;
    for (const code of ticked) opened.doc.querySelector<HTMLInputElement>(`input[name=checkResultTmp][value="${code}"]`)!.checked = true;
    const j = judge('result-entry.html', itemList, opened);
    const verdicts = (id: string) => j.report.rules.filter((r) => r.ruleId === id).map((r) => r.status);
    return { ...j, ...opened, verdicts, relevant: relevantFindings(opened.page.kind, j.findings, opened.page.spec) };
  }

  it('is recognised as a result-entry page; a new entry opens blank and is judged from the first pick', () => {
    const { page, doc } = open('result-entry.html');
    expect(page.adapter.id).toBe('zhejiang');
    expect(page.kind).toBe('results');
    const read = readForm(doc, page.spec);
    expect(read.missing).toEqual([]);
    expect(blankForm(read, page.spec)).toBe(true);
  });

  it('reads the task, the object, the check date and the ticked results (several boxes: details under their category)', () => {
    const { read, model } = entered('2026-11-23', ['A', '2', 'B']);
    expect(read.values).toMatchObject({
      'task.name': '2025年餐饮服务食品安全双随机抽查',
      'task.number': '浙杭市监抽〔2025〕7号',
      'result.object': '杭州某某餐饮管理有限公司',
      'result.categories': ['发现问题待后续处理', '发现问题待后续处理', '未按规定公示应当公示的信息'],
      'result.checkedOn': '2026-11-23',
    });
    const result = Dossier.parse(model.dossier).plans[0].tasks[0].results[0];
    expect(result.category).toBe('发现问题待后续处理');
    // The other box ticked is used and said; the entry date the page does not show is today, and said.
    expect(model.lines.find((l) => l.field === 'result.categories')?.used).toBe('未按规定公示应当公示的信息');
    expect(model.lines.find((l) => l.field === 'result.uploadedOn')?.used).toBe('2026-11-23');
  });

  it('checked and entered today with a category of the nine: the three checks pass', () => {
    const { verdicts, relevant } = entered('2026-11-23', ['1']);
    for (const id of RESULT_RULES) expect(verdicts(id), id).toEqual(['pass']);
    expect(relevant.filter((f) => f.status !== 'pass')).toEqual([]);
  });

  it('a check that ended 2026-09-15 with 已关闭停业或正在组织清算 ticked: not published in time, entered late, and a result outside the nine — each at its field', () => {
    const { relevant, read } = entered('2026-09-15', ['7']);
    const failing = relevant.filter((f) => f.status === 'fail');
    expect(failing.map((f) => f.ruleId).sort()).toEqual(RESULT_RULES);
    const at = (id: string) => failing.find((f) => f.ruleId === id)!.fields.flatMap(fieldsForPath).find((x) => read.elements[x]);
    expect(at('result.category')).toBe('result.categories');
    expect(at('result.publish-deadline')).toBe('result.checkedOn');
    expect(failing.find((f) => f.ruleId === 'result.category')!.message.zh).toContain('已关闭停业或正在组织清算');
    expect(failing.find((f) => f.ruleId === 'result.publish-deadline')!.severity).toBe('error');
  });

  it('several results outside the nine are all named in the finding', () => {
    const { relevant } = entered('2026-11-23', ['9', '12']);
    expect(relevant.find((f) => f.ruleId === 'result.category')!.message.zh).toContain('注销、迁出');
  });

  it('the panel lists only the result rules this page shows', () => {
    const { relevant } = entered('2026-09-15', ['7']);
    expect(new Set(relevant.map((f) => f.ruleId))).toEqual(new Set(RESULT_RULES));
  });
});

describe('zhejiang: the inspector draw (scrandmagent_main, scentagentall_view)', () => {
  const INSPECTOR_RULES = ['strategy.min-inspectors-per-object', 'strategy.recusal'];
  const judged = (file: string, edit: (doc: Document) => void = () => undefined) => {
    const opened = open(file);
    edit(opened.doc);
    const j = judge(file, itemList, opened);
    const verdict = (id: string) => j.report.rules.find((r) => r.ruleId === id)?.status;
    return { ...j, ...opened, verdict, relevant: relevantFindings(opened.page.kind, j.findings, opened.page.spec) };
  };

  it('the draw set-up page reads the task and 每户检查对象配置 检查人员 n 个 (按检查人员建库): 2 passes', () => {
    const { page, read, verdict } = judged('inspector-draw.html');
    expect(page.kind).toBe('inspectors');
    expect(read.missing).toEqual([]);
    expect(read.values).toMatchObject({ 'task.name': '2025年餐饮服务食品安全双随机抽查', 'strategy.inspectorsPerObject': 2 });
    expect(verdict('strategy.min-inspectors-per-object')).toBe('pass');
  });

  it('1 inspector per object is an error at 每户检查对象配置', () => {
    const { relevant, read } = judged('inspector-draw.html', (doc) => ((doc.querySelector('#checkNumber') as HTMLInputElement).value = '1'));
    const f = relevant.find((x) => x.ruleId === 'strategy.min-inspectors-per-object')!;
    expect(f.status).toBe('fail');
    expect(f.messageId).toBe('perObjectTooFew');
    expect(f.fields.flatMap(fieldsForPath).find((x) => read.elements[x])).toBe('strategy.inspectorsPerObject');
    expect(read.elements['strategy.inspectorsPerObject'].id).toBe('checkNumber');
  });

  it('in 按检查小组建库 mode the count of inspectors is not the page’s: not read, and the line says which choice', () => {
    const { read } = judged('inspector-draw.html', (doc) => {
      (doc.querySelector('#type2') as HTMLInputElement).checked = false;
      (doc.querySelector('#type1') as HTMLInputElement).checked = true;
    });
    expect(read.values['strategy.inspectorsPerObject']).toBeUndefined();
    expect(read.lines.find((l) => l.field === 'strategy.inspectorsPerObject')?.where.zh).toContain('「1」');
  });

  it('the pairs page reads each object once (the scrolling copies are not rows), by its whole name, with its inspectors', () => {
    const { page, read } = judged('inspector-pairs.html');
    expect(page.kind).toBe('inspectors');
    expect(read.values['strategy.inspectorsPerObject']).toBe(2);
    expect(read.values.assignments).toEqual([
      { object: '杭州某某餐饮管理有限公司', inspectors: ['陈某', '周某'] },
      { object: '杭州某区某某小吃店', inspectors: ['周某'] },
      { object: '杭州某某连锁餐饮管理有限公司某某路分店第二经营部', inspectors: ['陈某', '陈某'] },
    ]);
  });

  it('an object matched to one inspector is an error at its row; two of the same name are two; recusal, not shown there, is 数据不足', () => {
    const { relevant, read, verdict } = judged('inspector-pairs.html');
    const few = relevant.filter((x) => x.ruleId === 'strategy.min-inspectors-per-object' && x.status === 'fail');
    expect(few.map((f) => f.messageId)).toEqual(['objectTooFew']);
    expect(few[0].fields.flatMap(fieldsForPath).find((x) => read.elements[x])).toBe('assignments[1].inspectors');
    expect(verdict('strategy.recusal')).toBe('incomplete');
    expect(new Set(relevant.map((f) => f.ruleId))).toEqual(new Set(INSPECTOR_RULES));
  });

  it('the rows as the server sends them, before the scrolling script runs, read the same', () => {
    const { read } = judged('inspector-pairs.html', (doc) => {
      const wrap = doc.querySelector('.js-list')!;
      const list = doc.querySelector('.str_origin > ul.name-info-list')!;
      wrap.replaceChildren(list);
    });
    expect((read.values.assignments as unknown[]).length).toBe(3);
  });
});

describe('zhejiang: the result review page (scresultaudit_edit: 审核通过即公示)', () => {
  /** The reviewer's decision (5 通过, 4 不通过) and, if given, the 审核日期. */
  function reviewed(state?: '5' | '4', on?: string) {
    const opened = open('result-review.html');
    if (state) opened.doc.querySelector<HTMLInputElement>(`input[name=auditState][value="${state}"]`)!.checked = true;
    if (on) opened.doc.querySelector<HTMLInputElement>('input[name=auditDate]')!.value = on;
    const j = judge('result-review.html', itemList, opened);
    const deadline = j.report.findings.find((f) => f.ruleId === 'result.publish-deadline');
    const at = (id: string) => j.findings.find((f) => f.ruleId === id)?.fields.flatMap(fieldsForPath).find((x) => j.read.elements[x]);
    return { ...j, ...opened, deadline, at, verdict: (id: string) => j.report.rules.find((r) => r.ruleId === id)?.status };
  }

  it('reads the entered result, its 录入日期 and the review', () => {
    const { page, read } = reviewed('5');
    expect(page.kind).toBe('results');
    expect(read.missing).toEqual([]);
    expect(read.values).toMatchObject({ 'result.categories': ['未发现问题'], 'result.checkedOn': '2026-10-09', 'result.uploadedOn': '2026-10-09', 'result.reviewPassed': true, 'result.reviewedOn': '2026-11-23' });
  });

  it('passed on 2026-11-23, a check that ended 2026-10-09 is published late: an error at 审核日期', () => {
    const { deadline, at } = reviewed('5');
    expect([deadline?.status, deadline?.messageId]).toEqual(['fail', 'late']);
    expect(at('result.publish-deadline')).toBe('result.reviewedOn');
  });

  it('passed on 2026-10-20 (审核日期 set back), it is in time; category and same-day entry pass too', () => {
    const { verdict } = reviewed('5', '2026-10-20');
    for (const id of ['result.publish-deadline', 'result.category', 'result.upload-same-day']) expect(verdict(id), id).toBe('pass');
  });

  it('not yet decided, or 不通过: not published, and overdue — said, with the review day dropped and why', () => {
    for (const state of [undefined, '4'] as const) {
      const { deadline, model } = reviewed(state);
      expect([deadline?.status, deadline?.messageId]).toEqual(['fail', 'notPublished']);
      expect(model.lines.find((l) => l.field === 'result.reviewedOn')?.dropped?.zh).toContain(state ? '不公示' : '尚未选择');
    }
  });
});

describe('nothing read is dropped without a line', () => {
  it.each(Object.keys(URLS))('%s: every field has a line; none is dropped or in error', (file) => {
    const { read, page } = judge(file);
    const expected = page.spec.fields.length + page.spec.tables.reduce((n, t) => n + (1 + t.columns.length) * ((read.values[t.feeds === 'items' ? `${t.of}Items` : t.feeds] as unknown[]) ?? []).length, 0) + Object.keys(page.spec.assume).length;
    expect(read.lines).toHaveLength(expected);
    expect(read.lines.filter((l) => l.dropped || l.error)).toEqual([]);
  });
});
