import type { ExplorerRule, JudgedExample } from '../../trainer/explorer';
import { SCOPE_LABEL } from '../../trainer/explorer';
import { Clause, policyName } from './Clause';
import { ProfileCompare } from './ProfileCompare';
import type { CompareRow } from '../../trainer/compare';

const SEVERITY: Record<string, [string, string]> = { error: ['错误', 'error'], warn: ['警告', 'warning'], info: ['提示', 'advice'] };
const VERDICT: Record<JudgedExample['verdict'], [string, string]> = {
  pass: ['通过', 'passes'],
  fail: ['不通过', 'fails'],
  incomplete: ['数据不足', 'not enough data'],
  inapplicable: ['不适用', 'not applicable'],
};

export interface RuleExplorerProps {
  rules: ExplorerRule[];
  total: number;
  query: string;
  profile: { id: string; chain: string[] };
  /** Where "open in the sandbox" goes: '' on the sandbox itself, its URL from the extension. */
  sandboxBase: string;
  /** Live search in the extension page; without it the search box submits the form (the sandbox). */
  onQuery?: (q: string) => void;
  /** Profiles to pick from for the side-by-side comparison, and the comparison when one is chosen. */
  profiles?: Array<{ id: string; name: string }>;
  compare?: { rows: CompareRow[]; a: { id: string; name: string }; b: { id: string; name: string } };
  /** The extension page picks the profile to compare with live; the sandbox submits the form. */
  onCompare?: (id: string) => void;
}

const value = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function Example({ rule, ex, sandboxBase }: { rule: string; ex: JudgedExample; sandboxBase: string }) {
  const [zh, en] = VERDICT[ex.verdict];
  return (
    <div class={`example example-${ex.case}`} data-case={ex.case} data-verdict={ex.verdict}>
      <div class="example-head">
        <b>{ex.case === 'pass' ? '合规示例 / passing example' : '违规示例 / failing example'}</b>：{ex.description.zh}
        <span class="muted"> / {ex.description.en}</span>
        <span class={`verdict verdict-${ex.verdict}`}>
          {zh} / {en}
        </span>
      </div>
      {ex.findings.map((f) => (
        <div class="finding">
          {f.message.zh} <span class="muted">/ {f.message.en}</span>
        </div>
      ))}
      <a class="btn no-print open-example" href={`${sandboxBase}/dra/example?rule=${encodeURIComponent(rule)}&case=${ex.case}`} target={sandboxBase ? '_blank' : undefined}>
        在沙盒中打开 / Open in the sandbox
      </a>
    </div>
  );
}

export function RuleCard({ r, sandboxBase }: { r: ExplorerRule; sandboxBase: string }) {
  const [sevZh, sevEn] = SEVERITY[r.severity];
  return (
    <article class="rule" id={r.id} data-rule={r.id}>
      <header>
        <h2>
          <code>{r.id}</code>
        </h2>
        <span class={`sev sev-${r.severity}`}>
          {sevZh} / {sevEn}
        </span>
        <span class="tag">
          {SCOPE_LABEL[r.scope].zh} / {SCOPE_LABEL[r.scope].en}
        </span>
        {r.risk.map((t) => (
          <span class={`tag risk risk-${t[0]}`} title={t.startsWith('A') ? '追责情形 / accountability case' : '免责情形 / exemption case'}>
            {t.startsWith('A') ? '追责' : '免责'} {t}
          </span>
        ))}
        {!r.enabled && <span class="tag">已停用 / disabled</span>}
      </header>
      {(r.severityWords || r.severitySetBy) && (
        <p class="severity-basis muted">
          {r.severityWords && (
            <>
              严重程度依据 / severity from the words: 「{r.severityWords.words}」 — {r.severityWords.label.zh} / {r.severityWords.label.en}
            </>
          )}
          {r.severitySetBy && (
            <span class="severity-set">
              {' '}
              · 由 {r.severitySetBy.profile} 调整（规则本身：{SEVERITY[r.severitySetBy.ruleDefault][0]}）/ set by {r.severitySetBy.profile} (the rule's own: {SEVERITY[r.severitySetBy.ruleDefault][1]})
            </span>
          )}
        </p>
      )}
      <p class="docs">{r.docs.zh}</p>
      <p class="docs-en muted">{r.docs.en}</p>
      {r.params.length > 0 && (
        <section>
          <h3>参数 / Parameters</h3>
          <table class="params">
            <thead>
              <tr>
                <th>参数 / name</th>
                <th>取值 / value</th>
                <th>出处 / where it comes from</th>
                <th>依据 / source</th>
              </tr>
            </thead>
            <tbody>
              {r.params.map((p) => (
                <tr>
                  <td>
                    <code>{p.name}</code>
                  </td>
                  <td class="param-value">{value(p.value)}</td>
                  <td class="provenance" data-origin={p.origin ?? ''}>
                    {p.provenance ? p.provenance.zh : '—'}
                    {p.provenance && <div class="muted">{p.provenance.en}</div>}
                    {p.profile && <div class="muted">配置 / profile: {p.profile}</div>}
                  </td>
                  <td>
                    {!p.source ? (
                      <span class="muted">—</span>
                    ) : r.citations.some((c) => c.file === p.source!.file && c.quote === p.source!.quote) ? (
                      // The same clause is quoted in full below: name it once here.
                      <span class="param-source">
                        {policyName(p.source.file)} {p.source.section} 「<mark>{p.source.quote}</mark>」 <span class="muted">（见下方条款 / see the clause below）</span>
                      </span>
                    ) : (
                      <Clause file={p.source.file} section={p.source.section} context={p.source.context} />
                    )}
                    {p.note && <div class="muted">{p.note}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section>
        <h3>条款原文 / The clause</h3>
        {r.citations.map((c) => (
          <Clause file={c.file} section={c.section} context={c.context} />
        ))}
      </section>
      <section class="examples">
        <h3>示例 / Examples</h3>
        {r.examples.map((ex) => (
          <Example rule={r.id} ex={ex} sandboxBase={sandboxBase} />
        ))}
      </section>
    </article>
  );
}

export function RuleExplorer({ rules, total, query, profile, sandboxBase, onQuery, profiles, compare, onCompare }: RuleExplorerProps) {
  return (
    <div class="trainer explorer">
      <header class="page-head">
        <h1>规则浏览器 / Rule explorer</h1>
        <div class="muted">
          规则配置 / profile: <b>{profile.chain.join(' → ')}</b> · 显示 {rules.length} / {total} 条规则 · shown {rules.length} of {total} rules
        </div>
        <form class="search no-print" method="get" onSubmit={onQuery ? (e) => e.preventDefault() : undefined}>
          <input
            type="search"
            name="q"
            value={query}
            placeholder="搜索：规则编号、关键词、追责 A-n… / search: id, words, A-n…"
            onInput={onQuery ? (e) => onQuery((e.currentTarget as HTMLInputElement).value) : undefined}
          />
          <input type="hidden" name="profile" value={profile.id} />
          {profiles && (
            <label class="compare-with">
              对比 / compare with{' '}
              <select name="compare" value={compare?.b.id ?? ''} onChange={(e) => (onCompare ? onCompare((e.currentTarget as HTMLSelectElement).value) : (e.currentTarget as HTMLSelectElement).form?.submit())}>
                <option value="">—</option>
                {profiles.filter((p) => p.id !== profile.id).map((p) => (
                  <option value={p.id}>{p.name}</option>
                ))}
              </select>
            </label>
          )}
          {!onQuery && <button type="submit">搜索 / Search</button>}
          <button type="button" class="print" onClick={() => window.print()}>
            打印讲义 / Print handout
          </button>
        </form>
        <nav class="toc no-print">
          {rules.map((r) => (
            <a href={`#${r.id}`}>{r.id}</a>
          ))}
        </nav>
      </header>
      {compare && <ProfileCompare rows={compare.rows} a={compare.a} b={compare.b} onlyDiffers={false} />}
      {rules.length === 0 && <p class="empty">没有匹配的规则 / no rule matches “{query}”</p>}
      {rules.map((r) => (
        <RuleCard r={r} sandboxBase={sandboxBase} />
      ))}
    </div>
  );
}
