import type { ScenarioCheck } from '../../trainer/scenario-run';
import type { Scenario } from '../../trainer/scenario-schema';

const VERDICT: Record<ScenarioCheck['verdict'], [string, string]> = {
  pass: ['已改正，规则通过', 'fixed: the rule passes'],
  fail: ['仍不符合规则', 'still breaches the rule'],
  incomplete: ['数据不足，无法判断', 'not enough data to decide'],
  'not-judged': ['找不到要检查的对象（是否已删除？）', 'the subject is not there (deleted?)'],
};

export function ScenarioList({ scenarios, refused }: { scenarios: Scenario[]; refused: Array<{ file: string; errors: string[] }> }) {
  return (
    <div class="trainer">
      <header class="page-head">
        <h1>培训情景 / Scenarios</h1>
        <p class="muted">
          每个情景会把沙盒重置为种子数据并载入情景状态。 / Starting a scenario resets the sandbox to its seed data and loads the scenario's state.
        </p>
        <nav class="no-print">
          <a href="/dra/rules">规则浏览器 / Rule explorer</a> · <a href="/dra/ceremony">摇号展示 / Draw ceremony</a> · <a href="/">平台 / Platform</a>
        </nav>
      </header>
      <ol class="scenarios">
        {scenarios.map((s) => (
          <li data-scenario={s.id}>
            <h2>
              {s.title.zh} <span class="muted">/ {s.title.en}</span>
            </h2>
            <p>{s.question.zh}</p>
            <p class="muted">{s.question.en}</p>
            <form method="post" action="/dra/scenario/start">
              <input type="hidden" name="id" value={s.id} />
              <button type="submit" class="btn">
                开始 / Start
              </button>
              <span class="muted">
                {' '}
                规则 / rule <code>{s.rule}</code> · {s.fixOn === 'platform' ? '在平台上改正 / fixed on the platform' : '回答问题 / answer the question'}
              </span>
            </form>
          </li>
        ))}
      </ol>
      {refused.length > 0 && (
        <section class="refused">
          <h2>未能载入的情景文件 / Scenario files refused</h2>
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
          <a href="/dra/scenarios">← 全部情景 / all scenarios</a>
        </div>
        <h1>
          {s.title.zh} <span class="muted">/ {s.title.en}</span>
        </h1>
        <div class="muted">沙盒当前日期 / sandbox today: {today}</div>
      </header>
      <section class="question">
        <h2>问题 / Question</h2>
        <p>{s.question.zh}</p>
        <p class="muted">{s.question.en}</p>
        {s.fixOn === 'answer' && (
          <p class="answer-only">
            本情景在沙盒平台上没有可修改的表单（或已发生的事无法撤回）：请回答问题，再由培训人员演示参考答案。 / The sandbox's forms cannot change this (or what happened cannot be undone): answer the question, then the trainer applies the reference fix.
          </p>
        )}
        <p>
          <a class="btn open-platform" href={`/?open=${encodeURIComponent(s.open)}`} target="dra-platform">
            在平台中打开 / Open on the platform
          </a>
        </p>
      </section>
      <section class="actions no-print">
        <a class="btn btn-primary check-fix" href={`/dra/scenario?id=${encodeURIComponent(s.id)}&check=1`}>
          检查我的修改 / Check my fix
        </a>{' '}
        <a class="btn" href={`/dra/scenario?id=${encodeURIComponent(s.id)}&hint=1${check ? '&check=1' : ''}`}>
          提示 / Hint
        </a>{' '}
        <form method="post" action="/dra/scenario/fix" class="inline">
          <input type="hidden" name="id" value={s.id} />
          <button type="submit" class="btn">
            演示参考答案 / Apply the reference fix
          </button>
        </form>{' '}
        <form method="post" action="/dra/scenario/start" class="inline">
          <input type="hidden" name="id" value={s.id} />
          <button type="submit" class="btn">
            重新开始 / Restart
          </button>
        </form>
      </section>
      {check && (
        <section class={`check verdict-${check.verdict}`} data-verdict={check.verdict}>
          <h2>
            {VERDICT[check.verdict][0]} <span class="muted">/ {VERDICT[check.verdict][1]}</span>
          </h2>
          <div class="muted">
            规则 / rule <code>{check.ruleId}</code>
          </div>
          {check.findings.map((f) => (
            <div class="finding">
              {f.message.zh} <span class="muted">/ {f.message.en}</span>
              {f.citations[0] && (
                <div class="muted">
                  依据 / source: {f.citations[0].file.replace(/\.txt$/, '')} {f.citations[0].section} 「{f.citations[0].quote}」
                </div>
              )}
            </div>
          ))}
          {check.errors.map((e) => (
            <div class="warn">{e}</div>
          ))}
        </section>
      )}
      {(showHint || check?.verdict === 'fail') && (
        <section class="hint">
          <h2>提示 / Hint</h2>
          <p>{s.hint.zh}</p>
          <p class="muted">{s.hint.en}</p>
          <p class="muted">
            参考答案 / reference fix: {s.fix.how.zh} / {s.fix.how.en}
          </p>
        </section>
      )}
    </div>
  );
}
