/**
 * Evidence for exemption case 1 (免责情形 1, changchun-chaoyang-2021 §四(二)2): the check was done as
 * the law and the plan required, shown by the plan, the draw record, the check record and the
 * publication. The panel gathers what the page it is on can show; what it cannot see is said to be
 * missing from this page, never assumed present.
 */
import { z } from 'zod';
import { canonicalJson } from '../draw/canonical';
import { sha256 } from '../draw/sha256';
import type { Finding } from '../rules/types';
import { formatDateTime, isoInChina } from '../../i18n/time';

export const EXEMPTION_CITATION = {
  file: 'changchun-chaoyang-2021.txt',
  section: '§四(二)2',
  quote: '按照法律法规规章规定和抽查工作计划安排，已履行抽查检查职责的',
} as const;

export const EvidenceKind = z.enum(['plan-compliant', 'draw-record', 'check-record', 'publication']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

export const EvidenceItem = z.object({
  kind: EvidenceKind,
  /** present: shown here; absent: this page shows it is missing or wrong; elsewhere: not on this page. */
  status: z.enum(['present', 'absent', 'elsewhere']),
  zh: z.string(),
  en: z.string(),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const Evidence = z.object({
  format: z.literal('dra-evidence/1'),
  exemptionCase: z.literal('E-1'),
  citation: z.object({ file: z.string(), section: z.string(), quote: z.string() }),
  generatedAt: z.string(),
  page: z.object({ url: z.string(), kind: z.string(), title: z.string().optional() }),
  profile: z.string(),
  items: z.array(EvidenceItem),
  /** Every rule finding on the page when the evidence was taken (fails and missing data). */
  findings: z.array(z.object({ ruleId: z.string(), status: z.string(), severity: z.string(), risk: z.array(z.string()), zh: z.string(), en: z.string() })),
  rulesPassed: z.number().int(),
  audit: z.object({ length: z.number().int(), headHash: z.string().optional() }).optional(),
  /** SHA-256 of the canonical evidence without this field, so a changed file is noticed. */
  hash: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export interface EvidenceInput {
  url: string;
  kind: string;
  title?: string;
  profile: string;
  /** The findings of the page's rules (undefined when the page has no form the rules read). */
  findings?: Finding[];
  rulesPassed?: number;
  /** The platform's draw as seen on its 摇号 page: every run before 锁定名单, and the count drawn. */
  draw?: { runs: string[]; drawnCount?: string; explained?: number };
  audit?: { length: number; headHash?: string };
  now?: Date;
}

const FORM_PAGES = new Set(['plan', 'task', 'strategy']);

function planItem(i: EvidenceInput): EvidenceItem {
  if (!FORM_PAGES.has(i.kind) || !i.findings)
    return { kind: 'plan-compliant', status: 'elsewhere', zh: '本页不显示计划、任务或策略，请在其编辑页导出', en: 'this page shows no plan, task or strategy; export from its edit page' };
  const stops = i.findings.filter((f) => f.status === 'fail' && f.severity !== 'info');
  if (stops.length)
    return { kind: 'plan-compliant', status: 'absent', zh: `有 ${stops.length} 项规则未通过（见下方本页检查结果）`, en: `${stops.length} rule(s) fail (see this page's findings below)`, data: { failing: stops.map((f) => f.ruleId) } };
  const open = i.findings.filter((f) => f.status === 'incomplete').length;
  return {
    kind: 'plan-compliant',
    status: 'present',
    zh: `无错误或警告（通过 ${i.rulesPassed ?? 0} 项${open ? `，${open} 项数据不足` : ''}）`,
    en: `no errors or warnings (${i.rulesPassed ?? 0} passed${open ? `, ${open} lacking data` : ''})`,
  };
}

function drawItem(i: EvidenceInput): EvidenceItem {
  if (i.kind !== 'strategy') return { kind: 'draw-record', status: 'elsewhere', zh: '抽取记录在“添加策略 / 抽取”页', en: 'the draw record is on the strategy / draw page' };
  const runs = i.draw?.runs ?? [];
  if (!runs.length) return { kind: 'draw-record', status: 'absent', zh: '尚未抽取', en: 'not drawn yet' };
  const reruns = runs.length - 1;
  const unexplained = Math.max(0, reruns - (i.draw?.explained ?? 0));
  return {
    kind: 'draw-record',
    status: unexplained ? 'absent' : 'present',
    zh: `平台抽取于 ${formatDateTime(runs[runs.length - 1])}，共抽取 ${i.draw?.drawnCount ?? '?'} 户；锁定前运行 ${runs.length} 次${unexplained ? `，${unexplained} 次重抽未说明理由` : ''}`,
    en: `platform draw at ${formatDateTime(runs[runs.length - 1])}, ${i.draw?.drawnCount ?? '?'} drawn; ${runs.length} run(s) before locking${unexplained ? `, ${unexplained} re-run(s) without a reason` : ''}`,
    data: { runs },
  };
}

const elsewhere = (kind: EvidenceKind, zh: string, en: string): EvidenceItem => ({ kind, status: 'elsewhere', zh, en });

/** The evidence file for what this page shows, hashed so a later change is noticed. */
export function buildEvidence(i: EvidenceInput): Evidence {
  const body: Omit<Evidence, 'hash'> = {
    format: 'dra-evidence/1',
    exemptionCase: 'E-1',
    citation: { ...EXEMPTION_CITATION },
    generatedAt: isoInChina(i.now ?? new Date()),
    page: { url: i.url, kind: i.kind, title: i.title },
    profile: i.profile,
    items: [
      planItem(i),
      drawItem(i),
      elsewhere('check-record', '检查记录在“检查结果录入”页', 'the check record is on the result entry page'),
      elsewhere('publication', '公示情况在“结果审核公示”页', 'publication is on the review and publication page'),
    ],
    findings: (i.findings ?? []).map((f) => ({ ruleId: f.ruleId, status: f.status, severity: f.severity, risk: f.risk, zh: f.message.zh, en: f.message.en })),
    rulesPassed: i.rulesPassed ?? 0,
    audit: i.audit,
  };
  return { ...body, hash: sha256(canonicalJson(body)) };
}

/** Whether an evidence file is as it was made (its hash matches its content). */
export function evidenceIntact(e: Evidence): boolean {
  const { hash, ...body } = e;
  return sha256(canonicalJson(body)) === hash;
}
