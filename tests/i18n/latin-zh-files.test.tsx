/**
 * Chinese means Chinese in what the user takes away or shows to others as well: the evidence file, the
 * draw ceremony's pages, the liaison report. Each rendered in zh shows no Latin word outside the
 * allow-list, and every time in it is Beijing time to the second.
 */
import { render } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLang } from '../../src/i18n';
import { latinWords } from '../../src/i18n/latin';
import { loadProfile } from '../../src/core/profiles';
import { evaluate } from '../../src/core/rules/evaluate';
import { buildEvidence } from '../../src/core/risk/evidence';
import { renderEvidenceHtml } from '../../src/core/risk/evidence-html';
import { ceremonyAnnounce, ceremonyDraw, ceremonySetup } from '../../src/trainer/ceremony';
import type { Announcement } from '../../src/core/draw';
import { seedData } from '../../src/sandbox/seed';
import { CeremonyAfter, CeremonyBefore, CeremonyChoose, type CeremonyView } from '../../src/ui/trainer/Ceremony';
import { sampleDossier } from './sample';
import { liaisonHtml, liaisonView } from '../../src/core/liaison';
import { importFixtures } from '../liaison/fixture-data';
import { visibleText } from './visible-text';

beforeAll(() => setLang('zh'));
const latin = (html: string) => [...new Set(latinWords(visibleText(html)))];
/** An ISO moment in UTC or with milliseconds: what no user should read. */
const RAW_TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z|\d\d:\d\d:\d\d\.\d{3}/;
const at = new Date('2026-12-01T18:31:11.984Z'); // already 2 December in Beijing

describe('the evidence file', () => {
  const profile = loadProfile('baseline');
  const report = evaluate(sampleDossier(), profile, { asOf: '2026-11-23' });
  const evidence = buildEvidence({ url: 'http://127.0.0.1:8765/syn/pub/server/sccheck/entback/randompage?taskId=RW-2026-002', kind: 'strategy', title: '添加策略', profile: 'baseline', findings: report.findings, rulesPassed: report.counts.passed, draw: { runs: ['2026-12-02 06:52:49.372', '2026-12-02 06:52:52.272'], drawnCount: '201' }, audit: { length: 3, headHash: 'ab'.repeat(32) }, now: at });

  it('is written with Beijing time to the second, its offset stated', () => {
    expect(evidence.generatedAt).toBe('2026-12-02T02:31:11+08:00');
    expect(evidence.items[1].zh).toContain('2026-12-02 06:52:52，');
  });
  it('reads in Chinese: no English word, no UTC or millisecond time, the clause cited as staff cite it, rule ids only behind 详情', () => {
    const html = renderEvidenceHtml(evidence);
    expect(report.findings.length).toBeGreaterThan(3);
    expect(latin(html)).toEqual([]);
    expect(visibleText(html)).not.toMatch(RAW_TIME);
    expect(html).toContain('2026-12-02 02:31:11（北京时间）');
    expect(html).toContain('《朝阳区进一步全面落实“双随机、一公开”监管工作实施意见》');
    expect(html).toContain('基准（五份文件综合）');
    expect(visibleText(html)).not.toContain('baseline');
    expect(visibleText(html)).not.toContain('changchun-chaoyang');
  });
  it('in English, the same file reads in English', () => {
    setLang('en');
    try {
      expect(renderEvidenceHtml(evidence)).toContain('Duty check record');
    } finally {
      setLang('zh');
    }
  });
});

describe('the draw ceremony', () => {
  const profile = loadProfile('baseline');
  const setup = ceremonySetup(seedData(), 'RW-2026-006', profile);
  let announcement: Announcement;
  let view: CeremonyView;
  beforeAll(async () => {
    ({ announcement } = await ceremonyAnnounce(setup, profile, { publicSource: '观察员现场掷骰子三次的点数', observers: [] }, '00'.repeat(16), at));
    const { objects: _o, inspectors: _i, ...rest } = setup;
    view = { id: 'abcdef012345', setup: { ...rest, objectCount: setup.objects.length }, announcement };
  });

  it('the announcement is stamped in Beijing time', () => {
    expect(announcement.envelope?.announcedAt).toBe('2026-12-02T02:31:11+08:00');
    expect(announcement.randomness.publicValues[0].availableAfter).toBe('2026-12-02');
  });
  it('choosing, announcing and the result read in Chinese, times in Beijing time to the second', async () => {
    const record = await ceremonyDraw(setup, announcement, '5 2 6', { sandbox: '00'.repeat(16) });
    const pages = [
      render(<CeremonyChoose tasks={[{ id: 'RW-2026-006', name: '2026年公共场所卫生联合抽查', status: '实施中' }]} />),
      render(<CeremonyBefore v={view} />),
      render(<CeremonyAfter v={{ ...view, record }} />),
    ];
    for (const html of pages) {
      expect(latin(html)).toEqual([]);
      expect(visibleText(html)).not.toMatch(RAW_TIME);
    }
    expect(pages[1]).toContain('公告时间 2026-12-02 02:31:11');
    expect(record.envelope.drawnAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    // Observers are not told to run a command: it is behind 详情 for technical staff.
    expect(visibleText(pages[2])).not.toContain('verify');
  });
});

describe('the liaison report', () => {
  it('the printed report reads in Chinese, times in Beijing time to the second, clauses cited as staff cite them', () => {
    const { dossier } = importFixtures();
    // A file named as staff name theirs (a name is the user's data, not a word of the page).
    const sources = [{ name: '检查结果清单.csv', kind: 'file' as const, rows: 19, readAt: '2026-11-23T01:58:00.123Z' }];
    const html = liaisonHtml(liaisonView(dossier, loadProfile('baseline'), { asOf: '2026-11-23', sources }), { generatedAt: at.toISOString() });
    expect(latin(html)).toEqual([]);
    expect(visibleText(html)).not.toMatch(RAW_TIME);
    expect(html).toContain('读取于 2026-11-23 09:58:00');
    expect(html).toContain('2026-12-02 02:31:11');
    expect(html).toContain('依据：《');
  });
});
