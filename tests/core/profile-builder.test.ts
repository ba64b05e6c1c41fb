/**
 * The profile builder: a user's own policy text, a value set by selecting its clause (verified
 * verbatim), values not set inherited visibly, and one file that a colleague's import checks field
 * by field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES, loadProfile, POLICY_FILES_TEXTS } from './profile-fixtures';
import { checkBundle, docOfBundle, type ProfileBundle } from '../../src/core/profiles/bundle';
import { newBundle, parseParamInput, sectionOf, setParam, suggestFromQuote, unsetParam } from '../../src/core/profiles/builder';
import { readDocument, DocumentRefused } from '../../src/core/profiles/read-document';
import { allRules } from '../../src/core/rules/registry';
import { storedZip } from '../fixtures/profiles/make-zip';

const wuwei = readFileSync(new URL('../../docs/policy/wuwei-2023.txt', import.meta.url), 'utf8');
const ctx = { builtinProfiles: BUILTIN_PROFILES, builtinTexts: POLICY_FILES_TEXTS, rules: allRules };
const fresh = () => newBundle({ id: 'wuwei-2023', name: '无为市（2023）', extends: 'baseline', file: 'wuwei-2023', title: '无为市2023年度部门联合“双随机、一公开”抽查暨“一业一查”工作计划', place: '无为市', text: wuwei });
const set = (b: ProfileBundle, ruleId: string, param: string, value: unknown, quote: string) => {
  const r = setParam(b, { ruleId, param, value, quote }, allRules);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.bundle;
};

describe('building a profile from a real county document (无为市 2023)', () => {
  const built = set(set(fresh(), 'plan.rate.general-bounds', 'maxPercent', 10, '原则上一般检查事项抽查比例不高于10%'), 'plan.schedule.end-by', 'endBy', '10-15', '第二批2023年10月15日前完成');

  it('sets the values its clauses state, as its own, and inherits the rest visibly (borrowed)', () => {
    const checked = checkBundle(built, ctx);
    expect(checked.ok).toBe(true);
    const p = loadProfile('wuwei-2023', undefined, [{ profile: built.profile, document: docOfBundle(built) }]);
    const gb = p.rules.find((r) => r.rule.meta.id === 'plan.rate.general-bounds')!;
    expect(gb.params).toEqual({ minPercent: 3, maxPercent: 10 });
    expect(gb.paramSources.maxPercent).toMatchObject({ origin: 'own', source: { file: 'wuwei-2023', quote: '原则上一般检查事项抽查比例不高于10%' } });
    expect(gb.paramSources.minPercent).toMatchObject({ origin: 'borrowed', profile: 'baseline' });
    expect(p.rules.find((r) => r.rule.meta.id === 'plan.schedule.end-by')!.params).toEqual({ endBy: '10-15' });
  });

  it('refuses a clause that is not in the text, naming the field', () => {
    const r = setParam(fresh(), { ruleId: 'plan.schedule.end-by', param: 'endBy', value: '11-10', quote: '于11月10日前完成' }, allRules);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0].path).toBe('profile.rules["plan.schedule.end-by"].params.endBy.source.quote');
  });

  it('refuses a value the rule cannot take, naming the field', () => {
    const r = setParam(fresh(), { ruleId: 'plan.rate.general-bounds', param: 'maxPercent', value: 'ten', quote: '不高于10%' }, allRules);
    expect(!r.ok && r.errors[0].path).toBe('profile.rules["plan.rate.general-bounds"].params.maxPercent.value');
  });

  it('a value unset is inherited again', () => {
    const b = unsetParam(built, 'plan.schedule.end-by', 'endBy');
    expect(b.profile.rules['plan.schedule.end-by']).toBeUndefined();
    expect(b.profile.rules['plan.rate.general-bounds'].params?.maxPercent).toBeDefined();
  });

  it.each([
    ['a quote edited after export', (b: ProfileBundle) => { b.profile.rules['plan.schedule.end-by'].params!.endBy.source!.quote = '第二批2023年11月10日前完成'; }, 'profile.rules["plan.schedule.end-by"].params.endBy.source.quote'],
    ['a built-in id', (b: ProfileBundle) => { b.profile.id = 'shenzhen-2018'; }, 'profile.id'],
    ['an unknown profile to extend', (b: ProfileBundle) => { b.profile.extends = 'shanxi'; }, 'profile.extends'],
    ['a value out of range', (b: ProfileBundle) => { b.profile.rules['plan.rate.general-bounds'].params!.maxPercent.value = 150; }, 'profile.rules["plan.rate.general-bounds"].params.maxPercent'],
    ['a missing document text', (b: ProfileBundle) => { (b.document as { text?: string }).text = undefined; }, 'document.text'],
    ['a wrong format tag', (b: ProfileBundle) => { (b as { format: string }).format = 'something-else'; }, 'format'],
  ])('refuses a bad file (%s), naming the field', (_name, spoil, path) => {
    const b = structuredClone(built);
    spoil(b);
    const r = checkBundle(JSON.parse(JSON.stringify(b)), ctx);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.path).join(' | ')).toContain(path);
  });
});

describe('reading values and documents', () => {
  it.each([
    ['number', '10%', 10],
    ['number', '不高于 20 %', 20],
    ['month-day', '11月10日', '11-10'],
    ['month-day', '2023年10月15日', '10-15'],
    ['month-day', '11-10', '11-10'],
    ['list', '食品、药品，粮食', ['食品', '药品', '粮食']],
    ['number', '', undefined],
  ] as const)('%s from «%s»', (kind, input, value) => expect(parseParamInput(kind, input)).toEqual(value));

  it('suggests the value a clause states', () => {
    expect(suggestFromQuote('number', '原则上一般检查事项抽查比例不高于10%')).toBe(10);
    expect(suggestFromQuote('month-day', '第二批2023年10月15日前完成')).toBe('10-15');
  });

  it('labels a clause by its paragraph', () => {
    expect(sectionOf('甲段\n\n乙段有条款\n\n丙段', '条款')).toBe('第2段');
  });

  it('reads a .docx’s paragraphs and a GB18030 .txt; refuses an empty file and a .doc', async () => {
    const xml = '<w:document><w:body><w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">抽查任务于11月10日前</w:t></w:r><w:r><w:t>完成&amp;公示</w:t></w:r></w:p></w:body></w:document>';
    const text = await readDocument('方案.docx', storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': xml }));
    expect(text).toBe('一、总体要求\n\n抽查任务于11月10日前完成&公示');
    const gbk = new Uint8Array([0xb3, 0xe9, 0xb2, 0xe9]); // 抽查 in GB18030
    expect(await readDocument('a.txt', gbk)).toBe('抽查');
    await expect(readDocument('a.txt', new Uint8Array())).rejects.toBeInstanceOf(DocumentRefused);
    await expect(readDocument('a.doc', new Uint8Array([1, 2, 3]))).rejects.toThrow(/docx/);
    await expect(readDocument('a.docx', storedZip({ 'x.xml': '<x/>' }))).rejects.toThrow(/word\/document\.xml/);
  });
});
