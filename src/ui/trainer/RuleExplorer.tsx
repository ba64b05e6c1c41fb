import type { ExplorerRule, JudgedExample } from '../../trainer/explorer';
import { SCOPE_LABEL } from '../../trainer/explorer';
import { lang, msg, pick } from '../../i18n';
import { citationSource, quoteText, riskInWords } from '../../i18n/cite';
import { paramLabel, paramValue } from '../../i18n/param-label';
import { profileName } from '../../i18n/profile-name';
import { headingOf } from '../../i18n/rule-heading';
import { severityChangeText } from '../../i18n/provenance';
import { Clause } from './Clause';
import { RuleIdDetails } from './RuleIdDetails';
import { ProfileCompare } from './ProfileCompare';
import type { CompareRow } from '../../trainer/compare';

/** A rule named by what it checks (its explanation's first phrase, asides left out); the id stays behind 详情. */
export const ruleHeading = (r: Pick<ExplorerRule, 'docs'>) => headingOf(pick(r.docs));

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


function Example({ rule, ex, sandboxBase }: { rule: string; ex: JudgedExample; sandboxBase: string }) {
  return (
    <div class={`example example-${ex.case}`} data-case={ex.case} data-verdict={ex.verdict}>
      <div class="example-head">
        <b>{msg(ex.case === 'pass' ? 'explorer.example.pass' : 'explorer.example.fail')}</b>：{pick(ex.description)}
        <span class={`verdict verdict-${ex.verdict}`}>{msg(`explorer.verdict.${ex.verdict}`)}</span>
      </div>
      {ex.findings.map((f) => (
        <div class="finding">{pick(f.message)}</div>
      ))}
      <a class="btn no-print open-example" href={`${sandboxBase}/dra/example?rule=${encodeURIComponent(rule)}&case=${ex.case}`} target={sandboxBase ? '_blank' : undefined}>
        {msg('explorer.openInSandbox')}
      </a>
    </div>
  );
}

export function RuleCard({ r, sandboxBase }: { r: ExplorerRule; sandboxBase: string }) {
  return (
    <article class="rule" id={r.id} data-rule={r.id}>
      <header>
        <h2>{ruleHeading(r)}</h2>
        <span class={`sev sev-${r.severity}`}>{msg(`explorer.severity.${r.severity}`)}</span>
        <span class="tag">{pick(SCOPE_LABEL[r.scope])}</span>
        {r.risk.map((t) => {
          const w = riskInWords(t);
          return (
            <span class={`tag risk risk-${t[0]}`} data-risk={t} title={w.tooltip}>
              {w.kind}：{w.text}
            </span>
          );
        })}
        {!r.enabled && <span class="tag">{msg('explorer.disabled')}</span>}
      </header>
      {(r.severityWords || r.severitySetBy) && (
        <p class="severity-basis muted">
          {r.severityWords && msg('explorer.severityWords', { words: r.severityWords.words, reading: pick(r.severityWords.label) })}
          {r.severitySetBy && <span class="severity-set"> · {severityChangeText(r.severitySetBy)}</span>}
        </p>
      )}
      <p class="docs">{pick(r.docs)}</p>
      <RuleIdDetails id={r.id} />
      {r.params.length > 0 && (
        <section>
          <h3>{msg('explorer.params')}</h3>
          <table class="params">
            <thead>
              <tr>
                <th>{msg('explorer.param.name')}</th>
                <th>{msg('explorer.param.value')}</th>
                <th>{msg('explorer.param.provenance')}</th>
                <th>{msg('explorer.param.source')}</th>
              </tr>
            </thead>
            <tbody>
              {r.params.map((p) => (
                <tr>
                  <td title={p.name}>{paramLabel(p.name)}</td>
                  <td class="param-value">{paramValue(p.value)}</td>
                  <td class="provenance" data-origin={p.origin ?? ''}>
                    {p.provenance ? pick(p.provenance) : '—'}
                    {p.profile && <div class="muted">{msg('explorer.param.fromProfile', { name: profileName(p.profile) })}</div>}
                  </td>
                  <td>
                    {!p.source ? (
                      <span class="muted">—</span>
                    ) : r.citations.some((c) => c.file === p.source!.file && c.quote === p.source!.quote) ? (
                      // The same clause is quoted in full below: name it once here.
                      <span class="param-source">
                        {citationSource(p.source)}「<mark>{quoteText(p.source.quote)}</mark>」 <span class="muted">{msg('explorer.param.seeBelow')}</span>
                      </span>
                    ) : (
                      <Clause file={p.source.file} section={p.source.section} context={p.source.context} />
                    )}
                    {/* The profiles' notes are written in English (profile data): shown to English readers only. */}
                    {p.note && lang() === 'en' && <div class="muted">{p.note}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section>
        <h3>{msg('explorer.clause')}</h3>
        {r.citations.map((c) => (
          <Clause file={c.file} section={c.section} context={c.context} />
        ))}
      </section>
      <section class="examples">
        <h3>{msg('explorer.examples')}</h3>
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
        <h1>{msg('explorer.title')}</h1>
        <div class="muted">
          {msg('explorer.profile', { chain: profile.chain.map((p) => profileName(p)).join(' → '), shown: rules.length, total })}
        </div>
        <form class="search no-print" method="get" onSubmit={onQuery ? (e) => e.preventDefault() : undefined}>
          <input
            type="search"
            name="q"
            value={query}
            placeholder={msg('explorer.search')}
            onInput={onQuery ? (e) => onQuery((e.currentTarget as HTMLInputElement).value) : undefined}
          />
          <input type="hidden" name="profile" value={profile.id} />
          {profiles && (
            <label class="compare-with">
              {msg('explorer.compareWith')}{' '}
              <select name="compare" value={compare?.b.id ?? ''} onChange={(e) => (onCompare ? onCompare((e.currentTarget as HTMLSelectElement).value) : (e.currentTarget as HTMLSelectElement).form?.submit())}>
                <option value="">—</option>
                {profiles.filter((p) => p.id !== profile.id).map((p) => (
                  <option value={p.id}>{p.name}</option>
                ))}
              </select>
            </label>
          )}
          {!onQuery && <button type="submit">{msg('explorer.searchButton')}</button>}
          <button type="button" class="print" onClick={() => window.print()}>
            {msg('explorer.print')}
          </button>
        </form>
        <nav class="toc no-print">
          {rules.map((r) => (
            <a href={`#${r.id}`} title={r.id}>
              {ruleHeading(r)}
            </a>
          ))}
        </nav>
      </header>
      {compare && <ProfileCompare rows={compare.rows} a={compare.a} b={compare.b} onlyDiffers={false} />}
      {rules.length === 0 && <p class="empty">{msg('explorer.none', { q: query })}</p>}
      {rules.map((r) => (
        <RuleCard r={r} sandboxBase={sandboxBase} />
      ))}
    </div>
  );
}
