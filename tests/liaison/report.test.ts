import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { JSDOM } from 'jsdom';
import { Dossier } from '../../src/core/model';
import { loadProfile } from '../../src/core/profiles';
import { isDangerous, liaisonHtml, liaisonView, liaisonXlsx, neutralise, sheetName, validSheetName } from '../../src/core/liaison';
import { importFixtures } from './fixture-data';

const profile = loadProfile('baseline');
const generatedAt = '2026-11-23T10:00:00+08:00';
const sources = [{ name: 'results.csv', kind: 'file' as const, readAt: '2026-11-23T09:58:00+08:00', rows: 19 }];

/** Names that a spreadsheet would run as formulas, in every place a report prints data. */
const EVIL = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tcmd', '\rcmd'];
function evilDossier() {
  const deps = EVIL.map((name, i) => ({ departmentId: `D${i}`, name, role: i === 0 ? ('lead' as const) : ('responding' as const) }));
  return Dossier.parse({
    year: 2026,
    departments: EVIL.map((name, i) => ({ id: `D${i}`, name })),
    plans: [{ id: '=P1', name: '+计划', year: 2026, kind: 'temporary', filedOn: '2026-03-01', participants: deps, tasks: [
      { id: '-T1', name: '@任务', end: '2026-12-20', participants: deps, results: [{ objectId: '=1', objectName: '=cmd|calc', checkedOn: '2026-05-01', uploadedOn: '2026-05-30' }] },
    ] }],
  });
}

function cellsOf(bytes: Uint8Array) {
  const wb = XLSX.read(bytes, { type: 'array', cellFormula: true });
  const cells = wb.SheetNames.flatMap((n) => Object.entries(wb.Sheets[n]).filter(([k]) => !k.startsWith('!')).map(([addr, c]) => ({ sheet: n, addr, c: c as XLSX.CellObject })));
  return { wb, cells };
}

describe('spreadsheet safety', () => {
  it.each([['=1', "'=1"], ['+1', "'+1"], ['-1', "'-1"], ['@x', "'@x"], ['\tx', "'\tx"], ['\rx', "'\rx"], ['x=1', 'x=1'], ['区市场监管局', '区市场监管局'], ['', '']])('neutralise %j → %j', (a, b) => expect(neutralise(a)).toBe(b));
  it.each([
    ['汇总', '汇总'],
    ['a[b]c:d*e?f/g\\h', 'a_b_c_d_e_f_g_h'],
    ['很长的规则名称'.repeat(6), '很长的规则名称'.repeat(6).slice(0, 31)],
    ["'引号'", '引号'],
  ])('sheet name %j → %j', (wanted, got) => {
    const name = sheetName(wanted, new Set());
    expect(name).toBe(got);
    expect(validSheetName(name)).toBe(true);
  });
  it('a taken sheet name gets a numbered twin within 31 characters', () => {
    const taken = new Set<string>();
    sheetName('x'.repeat(40), taken);
    const twin = sheetName('x'.repeat(40), taken);
    expect(twin).toBe(`${'x'.repeat(28)}(2)`);
  });
});

describe('the xlsx report', () => {
  it('reopened with SheetJS: a summary and one sheet per rule, Chinese names, no formula cell, no text cell starting =, +, -, @, tab or CR', () => {
    const view = liaisonView(evilDossier(), profile, { asOf: '2026-11-23', sources });
    const { wb, cells } = cellsOf(liaisonXlsx(view, { generatedAt }));
    expect(wb.SheetNames[0]).toBe('汇总');
    expect(wb.SheetNames).toHaveLength(1 + view.matrix.rules.length);
    expect(wb.SheetNames).toContain('20个工作日内公示');
    for (const n of wb.SheetNames) expect(validSheetName(n), n).toBe(true);
    expect(cells.filter(({ c }) => c.f !== undefined)).toEqual([]);
    expect(cells.filter(({ c }) => c.t === 's' && isDangerous(String(c.v)))).toEqual([]);
    // the evil names are there, made inert
    const texts = cells.map(({ c }) => String(c.v));
    expect(texts).toContain(`'${EVIL[0]}`);
    expect(texts.some((t) => t.startsWith("'-T1"))).toBe(true);
  });

  it('states the profile, the data sources and when they were read; the rule sheets hold the subjects behind each cell', () => {
    const { dossier } = importFixtures();
    const view = liaisonView(dossier, profile, { asOf: '2026-11-23', sources });
    const { wb } = cellsOf(liaisonXlsx(view, { generatedAt }));
    const summary = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['汇总'], { header: 1 });
    const flat = summary.map((r) => r.join('|')).join('\n');
    expect(flat).toContain('规则配置|基准（五份文件综合）');
    expect(flat).toContain('results.csv（导出清单，19 行；读取于 2026-11-23 09:58:00）');
    expect(flat).toMatch(/区应急管理局\|✖ 1/);
    const pub = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['20个工作日内公示'], { header: 1 }).filter((r) => r[5] === '不合规');
    expect(pub.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['区市场监管局', '本部门', '区抽查〔2026〕1号/91110105MA01LATE01'],
      ['区市场监管局', '牵头', '区抽查〔2026〕7号/91110105MA01JOIN01'],
      ['区卫生健康委', '响应', '区抽查〔2026〕7号/91110105MA01JOIN01'],
      ['区生态环境局', '响应', '区抽查〔2026〕7号/91110105MA01JOIN01'],
      ['区应急管理局', '本部门', '区抽查〔2026〕6号/91110105MA01FUEL01'],
    ]);
  });
});

describe('the HTML report', () => {
  it('escapes every data text (nothing from the data becomes markup) and prints with its own print CSS', () => {
    const d = evilDossier();
    d.departments![1].name = '<img src=x onerror=alert(1)>';
    d.plans[0].participants[1].name = d.departments![1].name;
    const html = liaisonHtml(liaisonView(d, profile, { asOf: '2026-11-23', sources }), { generatedAt });
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    expect(doc.body.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(html).toContain('@media print');
    expect(doc.querySelectorAll('svg')).toHaveLength(3);
    expect(doc.body.textContent).toContain('读取于 2026-11-23 09:58:00');
  });
  it('opens with the 报送单位 / 联络员 / 日期 block: the Beijing date (UTC 18:31 on 1 Dec is 2 Dec), values escaped, blanks to sign when empty', () => {
    const { dossier } = importFixtures();
    const view = liaisonView(dossier, profile, { asOf: '2026-11-23', sources });
    const html = liaisonHtml(view, { generatedAt: '2026-12-01T18:31:11Z', submitter: { unit: '区市场监管局<b>', officer: '王联络' } });
    const doc = new JSDOM(html).window.document;
    const block = doc.querySelector('[data-block=submit]')!;
    expect([...block.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['报送单位', '联络员', '日期']);
    expect(block.querySelector('[data-field=unit]')!.textContent).toBe('区市场监管局<b>');
    expect(block.querySelector('[data-field=officer]')!.textContent).toBe('王联络');
    expect(block.querySelector('[data-field=date]')!.textContent).toBe('2026-12-02');
    expect(doc.querySelector('h1 + [data-block=submit]')).not.toBeNull();
    const blank = new JSDOM(liaisonHtml(view, { generatedAt })).window.document;
    expect(blank.querySelector('[data-field=unit] .blank')).not.toBeNull();
    expect(blank.querySelector('[data-field=officer] .blank')).not.toBeNull();
  });
  it('the delay chart draws the 20-working-day line under the 16–20 bar and marks late and unpublished bars', () => {
    const { dossier } = importFixtures();
    const html = liaisonHtml(liaisonView(dossier, profile, { asOf: '2026-11-23', sources }), { generatedAt });
    const doc = new JSDOM(html).window.document;
    const svg = [...doc.querySelectorAll('svg')].find((x) => x.querySelector('line.deadline-line'))!;
    expect(svg.textContent).toContain('公示期限：检查后 20 个工作日内');
    const standing = [...svg.querySelectorAll('rect')].map((r) => r.getAttribute('data-standing'));
    expect(standing).toEqual(['in-time', 'in-time', 'in-time', 'in-time', 'late', 'late', 'unpublished']);
    const rects = [...svg.querySelectorAll('rect')];
    const lineY = Number(svg.querySelector('line.deadline-line')!.getAttribute('y1'));
    expect(lineY).toBeGreaterThan(Number(rects[3].getAttribute('y')) + Number(rects[3].getAttribute('height')));
    expect(lineY).toBeLessThan(Number(rects[4].getAttribute('y')));
    expect(rects[6].getAttribute('fill')).not.toBe(rects[0].getAttribute('fill'));
  });
  it('for one department shows only its row and its subjects', () => {
    const { dossier } = importFixtures();
    const html = liaisonHtml(liaisonView(dossier, profile, { asOf: '2026-11-23', sources }), { generatedAt, departmentId: '区应急管理局' });
    const doc = new JSDOM(html).window.document;
    const rows = [...doc.querySelectorAll('h2 + table tr th:first-child')].map((th) => th.textContent);
    expect(rows).toEqual(['部门', '区应急管理局']);
    expect(doc.body.textContent).not.toContain('区抽查〔2026〕1号');
  });
});

describe('the values a report judged by say where they come from', () => {
  it('a Fengtai report shows the 30 November deadline as borrowed from Changchun Chaoyang, in HTML and xlsx', () => {
    const fengtai = loadProfile('beijing-fengtai-2019');
    const view = liaisonView(evilDossier(), fengtai, { asOf: '2026-12-25', sources });
    const html = liaisonHtml(view, { generatedAt });
    expect(html).toContain('取值：任务截止日期（月-日） = 11-30 · 借用自《朝阳区进一步全面落实“双随机、一公开”监管工作实施意见》第三部分第（六）项第5点（长春市朝阳区）');
    const { cells } = cellsOf(liaisonXlsx(view, { generatedAt }));
    expect(cells.some((x) => String(x.c.v).startsWith('取值：任务截止日期（月-日） = 11-30 · 借用自《朝阳区'))).toBe(true);
  });
});
