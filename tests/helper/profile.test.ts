import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'dra-profile-'));
const out = join(tmp, 'wuwei.json');
const SAMPLE = 'tests/fixtures/sample-plan.json';

describe('dra profile new | check | export, and --profile FILE', () => {
  it('builds a profile from a real county text by selecting its clauses, and checks a plan with it', async () => {
    const made = await runCli([
      'profile', 'new', '--document', 'docs/policy/wuwei-2023.txt', '--id', 'wuwei-2023', '--place', '无为市',
      '--title', '无为市2023年度部门联合“双随机、一公开”抽查暨“一业一查”工作计划',
      '--set', 'plan.rate.general-bounds.maxPercent', '--quote', '原则上一般检查事项抽查比例不高于10%',
      '--set', 'plan.schedule.end-by.endBy=10月15日', '--quote', '第二批2023年10月15日前完成',
      '--out', out,
    ]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/\[本地\] plan\.rate\.general-bounds\.maxPercent = 10 · 本地文件《无为市/);
    expect(made.stdout).toMatch(/\[借用\] plan\.rate\.general-bounds\.minPercent = 3 · 借用自《朝阳区/);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    expect(bundle.document.text).toContain('原则上一般检查事项抽查比例不高于10%');

    const checked = await runCli(['profile', 'check', out]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('检查通过');

    const base = await runCli(['check', SAMPLE, '--json']);
    const mine = await runCli(['check', SAMPLE, '--json', '--profile', out]);
    const endBy = (o: string) => JSON.parse(o).files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'plan.schedule.end-by');
    expect(endBy(base.stdout).message.zh).toContain('11-30');
    expect(endBy(mine.stdout).message.zh).toContain('10-15');
    expect(endBy(mine.stdout).basis[0]).toMatchObject({ origin: 'own', source: { file: 'wuwei-2023' } });
    const text = await runCli(['check', SAMPLE, '--profile', out]);
    expect(text.stdout).toMatch(/取值：任务截止日期（月-日） = 10-15 · 本地文件《无为市/);
    // The report names the profile by its name (the document's title when none is given), not its id.
    expect(text.stdout).toContain('规则配置：无为市2023年度部门联合');
  });

  it('refuses a clause not in the text, and a bad file, naming the field (exit 2)', async () => {
    const bad = await runCli(['profile', 'new', '--document', 'docs/policy/wuwei-2023.txt', '--id', 'x', '--place', '无为市', '--title', 'T', '--set', 'plan.schedule.end-by.endBy', '--quote', '11月10日前完成', '--out', join(tmp, 'x.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('profile.rules["plan.schedule.end-by"].params.endBy.source.quote');
    const b = JSON.parse(readFileSync(out, 'utf8'));
    b.profile.rules['plan.rate.general-bounds'].params.maxPercent.source.quote = '一般检查事项抽查比例不高于15%';
    writeFileSync(join(tmp, 'edited.json'), JSON.stringify(b));
    const edited = await runCli(['profile', 'check', join(tmp, 'edited.json')]);
    expect(edited.code).toBe(2);
    expect(edited.stderr).toContain('profile.rules["plan.rate.general-bounds"].params.maxPercent.source.quote');
    const asProfile = await runCli(['check', SAMPLE, '--profile', join(tmp, 'edited.json')]);
    expect(asProfile.code).toBe(2);
  });

  it('exports the one file again and its text', async () => {
    const r = await runCli(['profile', 'export', out, '--out', join(tmp, 'copy.json'), '--text', join(tmp, 'copy.txt')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(tmp, 'copy.txt'), 'utf8')).toBe(readFileSync('docs/policy/wuwei-2023.txt', 'utf8'));
  });

  it('--profile UNKNOWN lists the known ids (rules and check alike)', async () => {
    for (const cmd of [['rules'], ['check', SAMPLE]]) {
      const r = await runCli([...cmd, '--profile', 'shanxi']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/未知的规则配置：shanxi（可用：baseline, shenzhen-2018, changchun-chaoyang-2021, beijing-fengtai-2019/);
    }
  });

  it('dra rules --json says which values a profile borrows, from which text and clause', async () => {
    const r = await runCli(['rules', '--json', '--profile', 'beijing-fengtai-2019']);
    const rules = JSON.parse(r.stdout).rules;
    const gb = rules.find((x: { id: string }) => x.id === 'plan.rate.general-bounds');
    expect(gb.paramSources.maxPercent).toMatchObject({ origin: 'borrowed', profile: 'baseline', source: { file: 'changchun-chaoyang-2021.txt', section: '§三(四)1' } });
    expect(gb.paramSources.maxPercent.provenance.zh).toMatch(/^借用自《朝阳区进一步全面落实/);
    expect(gb.severityWords).toMatchObject({ words: '原则上', reading: 'in-principle' });
    const pd = rules.find((x: { id: string }) => x.id === 'result.publish-deadline');
    expect(pd.paramSources.workingDays.origin).toBe('own');
  });
});
