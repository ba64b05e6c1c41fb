import type { ScenarioCheck } from '../../trainer/scenario-run';
import type { Scenario } from '../../trainer/scenario-schema';

import { msg, pick } from '../../i18n';
import { Citation } from '../Citation';
import { RuleIdDetails } from './RuleIdDetails';
import { scenarioText } from '../../trainer/scenario-text';

export function ScenarioList({ scenarios, refused }: { scenarios: Scenario[]; refused: Array<{ file: string; errors: string[] }> }) {
  return (
    <div class="trainer">
      <header class="page-head">
        <h1>{msg('scenario.title')}</h1>
        <p class="muted">
          {msg('scenario.resets')}
        </p>
        <nav class="no-print">
          <a href="/dra/rules">{msg('trainer.nav.rules')}</a> · <a href="/dra/ceremony">{msg('trainer.nav.ceremony')}</a> · <a href="/">{msg('trainer.nav.platform')}</a>
        </nav>
      </header>
      <ol class="scenarios">
        {scenarios.map((s) => (
          <li data-scenario={s.id}>
            <h2>{pick(s.title)}</h2>
            <p>{scenarioText(s.question)}</p>
            <form method="post" action="/dra/scenario/start">
              <input type="hidden" name="id" value={s.id} />
              <button type="submit" class="btn">
                {msg('scenario.start')}
              </button>
              <span class="muted">
                {' '}
                {s.fixOn === 'platform' ? msg('scenario.fixOn.platform') : msg('scenario.fixOn.answer')}
                <RuleIdDetails id={s.rule} />
              </span>
            </form>
          </li>
        ))}
      </ol>
      {refused.length > 0 && (
        <section class="refused">
          <h2>{msg('scenario.refused')}</h2>
          {refused.map((r) => (
            <div>
              <b>{r.file}</b>
              <ul>
                {r.errors.map((e) => (
                  <li>{e}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

export function ScenarioPage({ s, check, showHint, today }: { s: Scenario; check?: ScenarioCheck; showHint: boolean; today: string }) {
  return (
    <div class="trainer scenario" data-scenario={s.id}>
      <header class="page-head">
        <div class="muted no-print">
          <a href="/dra/scenarios">{msg('scenario.all')}</a>
        </div>
        <h1>{pick(s.title)}</h1>
        <div class="muted">{msg('scenario.today', { today })}</div>
      </header>
      <section class="question">
        <h2>{msg('scenario.question')}</h2>
        <p>{scenarioText(s.question)}</p>
        {s.fixOn === 'answer' && (
          <p class="answer-only">
            {msg('scenario.answerOnly')}
          </p>
        )}
        <p>
          <a class="btn open-platform" href={`/?open=${encodeURIComponent(s.open)}`} target="dra-platform">
            {msg('scenario.open')}
          </a>
        </p>
      </section>
      <section class="actions no-print">
        <a class="btn btn-primary check-fix" href={`/dra/scenario?id=${encodeURIComponent(s.id)}&check=1`}>
          {msg('scenario.check')}
        </a>{' '}
        <a class="btn" href={`/dra/scenario?id=${encodeURIComponent(s.id)}&hint=1${check ? '&check=1' : ''}`}>
          {msg('scenario.hint')}
        </a>{' '}
        <form method="post" action="/dra/scenario/fix" class="inline">
          <input type="hidden" name="id" value={s.id} />
          <button type="submit" class="btn">
            {msg('scenario.applyFix')}
          </button>
        </form>{' '}
        <form method="post" action="/dra/scenario/start" class="inline">
          <input type="hidden" name="id" value={s.id} />
          <button type="submit" class="btn">
            {msg('scenario.restart')}
          </button>
        </form>
      </section>
      {check && (
        <section class={`check verdict-${check.verdict}`} data-verdict={check.verdict}>
          <h2>{msg(`scenario.verdict.${check.verdict}`)}</h2>
          <RuleIdDetails id={check.ruleId} />
          {check.findings.map((f) => (
            <div class="finding">
              {pick(f.message)}
              {f.citations[0] && <Citation c={f.citations[0]} />}
            </div>
          ))}
          {check.errors.map((e) => (
            <div class="warn">{e}</div>
          ))}
        </section>
      )}
      {(showHint || check?.verdict === 'fail') && (
        <section class="hint">
          <h2>{msg('scenario.hint')}</h2>
          <p>{scenarioText(s.hint)}</p>
          <p class="muted">{msg('scenario.referenceFix', { how: scenarioText(s.fix.how) })}</p>
        </section>
      )}
    </div>
  );
}
