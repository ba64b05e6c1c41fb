/**
 * Trainer mode on the sandbox (/dra/...): the rule explorer, the scenarios and the draw ceremony,
 * rendered on the server from the same Preact components as the extension's rules page. Every page
 * is served from 127.0.0.1 with no outside resource, so it works offline.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { loadProfile, PROFILE_IDS, ProfileError } from '../../core/profiles';
import { ruleById } from '../../core/rules/registry';
import { POLICY_FILES, type PolicyFile } from '../../core/rules/types';
import { ceremonyDraw, ceremonySetup, commitmentOf, CeremonyError, drawableTasks, type CeremonySetup } from '../../trainer/ceremony';
import { exampleToPatch, examplePath } from '../../trainer/example-load';
import { explorerRules, searchRules, type PolicyTexts } from '../../trainer/explorer';
import { compareProfiles } from '../../trainer/compare';
import { RULE_EXAMPLES } from '../../trainer/examples';
import { applyPatch, checkScenario } from '../../trainer/scenario-run';
import { builtinScenarios, parseScenarios, type ScenarioSet } from '../../trainer/scenarios';
import { CeremonyAfter, CeremonyBefore, CeremonyChoose, type CeremonyView } from '../../ui/trainer/Ceremony';
import { RuleExplorer } from '../../ui/trainer/RuleExplorer';
import { ScenarioList, ScenarioPage } from '../../ui/trainer/ScenarioViews';
import { esc, jsonForScript } from '../html';
import { seedData } from '../seed';
import type { SandboxStore } from '../store';
import type { Handler, Reply } from './common';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
let texts: PolicyTexts | undefined;
const policyTexts = () => (texts ??= Object.fromEntries(POLICY_FILES.map((f) => [f, readFileSync(join(root, 'docs', 'policy', f), 'utf8')])) as Record<PolicyFile, string>);
let css: string | undefined;
const trainerCss = () => (css ??= readFileSync(join(root, 'src', 'ui', 'trainer', 'trainer.css'), 'utf8'));

function doc(title: string, body: VNode, opts: { bodyClass?: string; data?: unknown } = {}): Reply {
  return {
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(title)}</title><style>${trainerCss()}</style></head><body class="${opts.bodyClass ?? 'trainer-body'}">${render(body)}${
      opts.data !== undefined ? `<script type="application/json" id="pool">${jsonForScript(opts.data).html}</script>` : ''
    }<script src="/static/trainer.js"></script></body></html>`,
  };
}
const redirect = (location: string): Reply => ({ status: 303, location, body: '' });
const notFound = (msg: string): Reply => ({ status: 404, type: 'text/plain; charset=utf-8', body: msg });

// ---- scenarios -------------------------------------------------------------------------------

const ruleIds = new Set(ruleById.keys());
let scenarioSet: ScenarioSet = builtinScenarios(ruleIds);

/** Add a trainer's own scenario files (every *.json in the folder); bad files are listed, not fatal. */
export function loadScenarioFolder(dir: string): ScenarioSet {
  const files: Record<string, unknown> = {};
  const refused: ScenarioSet['refused'] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    try {
      files[f] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      refused.push({ file: f, errors: [`${f}: 不是有效的 JSON / not valid JSON: ${(e as Error).message}`] });
    }
  }
  const own = parseScenarios(files, ruleIds);
  const builtin = builtinScenarios(ruleIds);
  const clash = own.scenarios.filter((s) => builtin.scenarios.some((b) => b.id === s.id));
  scenarioSet = {
    scenarios: [...builtin.scenarios, ...own.scenarios.filter((s) => !clash.includes(s))],
    refused: [...builtin.refused, ...refused, ...own.refused, ...clash.map((s) => ({ file: s.id, errors: [`id ${s.id}: 与内置情景重复 / clashes with a built-in scenario`] }))],
  };
  return scenarioSet;
}

const scenario = (id: string | null | undefined) => scenarioSet.scenarios.find((s) => s.id === id);

/** Reset the store to the seed, then apply patches (a scenario's state, an example). */
function restart(store: SandboxStore, ...patches: Parameters<typeof applyPatch>[1][]) {
  store.data = seedData();
  for (const p of patches) applyPatch(store.data, p);
  store.save();
}

export const scenarioList: Handler = () => doc('培训情景 / Scenarios', <ScenarioList scenarios={scenarioSet.scenarios} refused={scenarioSet.refused} />);

export const scenarioStart: Handler = (store, req) => {
  const s = scenario(req.form.get('id') ?? req.query.get('id'));
  if (!s) return notFound('情景不存在 / no such scenario');
  restart(store, s.state);
  return redirect(`/dra/scenario?id=${encodeURIComponent(s.id)}`);
};

export const scenarioFix: Handler = (store, req) => {
  const s = scenario(req.form.get('id'));
  if (!s) return notFound('情景不存在 / no such scenario');
  applyPatch(store.data, s.fix.state);
  store.save();
  return redirect(`/dra/scenario?id=${encodeURIComponent(s.id)}&check=1`);
};

export const scenarioView: Handler = (store, req) => {
  const s = scenario(req.query.get('id'));
  if (!s) return notFound('情景不存在 / no such scenario');
  const check = req.query.get('check') === '1' ? checkScenario(s, store.data) : undefined;
  return doc(`${s.title.zh} / ${s.title.en}`, <ScenarioPage s={s} check={check} showHint={req.query.get('hint') === '1'} today={store.data.today} />);
};

/** The check as JSON, for scripts and tests. */
export const scenarioCheckJson: Handler = (store, req) => {
  const s = scenario(req.query.get('id'));
  if (!s) return notFound('情景不存在 / no such scenario');
  return { type: 'application/json; charset=utf-8', body: JSON.stringify(checkScenario(s, store.data)) };
};

// ---- rule explorer ---------------------------------------------------------------------------

export const rulesPage: Handler = (_store, req) => {
  const id = req.query.get('profile') || 'baseline';
  const other = req.query.get('compare') || '';
  let profile, against;
  try {
    profile = loadProfile(id);
    against = other ? loadProfile(other) : undefined;
  } catch (e) {
    // An unknown id lists the known ones (the one message, from the core).
    if (e instanceof ProfileError) return notFound(e.errors.map((x) => `${x.zh} / ${x.en}`).join('\n'));
    throw e;
  }
  const name = (p: { id: string; name?: { zh: string } }) => ({ id: p.id, name: p.name?.zh ?? p.id });
  const all = explorerRules(profile, policyTexts());
  const q = req.query.get('q') ?? '';
  const compare = against ? { rows: compareProfiles(profile, against), a: name(profile), b: name(against) } : undefined;
  const profiles = PROFILE_IDS.map((p) => name(loadProfile(p)));
  return doc('规则浏览器 / Rule explorer', <RuleExplorer rules={searchRules(all, q)} total={all.length} query={q} profile={{ id, chain: profile.chain }} sandboxBase="" profiles={profiles} compare={compare} />);
};

/** Load a rule's example into the sandbox (on a fresh seed) and open its page in the platform shell. */
export const exampleLoad: Handler = (store, req) => {
  const id = req.query.get('rule') ?? '';
  const kind = req.query.get('case') === 'pass' ? 'pass' : 'fail';
  const rule = ruleById.get(id);
  const ex = RULE_EXAMPLES[id]?.[kind];
  if (!rule || !ex) return notFound(`没有规则 ${id} 的示例 / no example for rule ${id}`);
  const patch = exampleToPatch(ex.dossier, ex.asOf);
  restart(store, patch);
  return redirect(`/?open=${encodeURIComponent(examplePath(rule.meta.scope, patch))}`);
};

// ---- draw ceremony ---------------------------------------------------------------------------

interface Ceremony {
  id: string;
  setup: CeremonySetup;
  seed: string;
  committedAt: string;
  record?: CeremonyView['record'];
}
const ceremonies = new Map<string, Ceremony>();

function view(c: Ceremony, store: SandboxStore): CeremonyView {
  const { objects, inspectors: _i, ...setup } = c.setup;
  const names: Record<string, string> = {};
  if (c.record) {
    const objectNames = new Map(objects.map((o) => [o.id, o.name ?? o.id]));
    const inspectorNames = new Map(store.data.inspectors.map((i) => [i.id, i.name ?? i.id]));
    for (const id of c.record.result.objectIds) names[id] = objectNames.get(id) ?? id;
    // Inspectors by name and registry id: two staff may share a name.
    for (const a of c.record.result.assignments) for (const x of a.inspectorIds) names[x] = inspectorNames.has(x) ? `${inspectorNames.get(x)}（${x}）` : x;
  }
  return { id: c.id, setup: { ...setup, objectCount: objects.length }, commitment: commitmentOf(c.seed), committedAt: c.committedAt, record: c.record, names };
}

export const ceremonyPage: Handler = (store, req) => {
  const id = req.query.get('id');
  const tasks = drawableTasks(store.data).map((t) => ({ id: t.id, name: t.name, status: t.status }));
  if (!id) return doc('公开摇号 / Public draw', <CeremonyChoose tasks={tasks} error={req.query.get('error') ?? undefined} />, { bodyClass: 'ceremony-body' });
  const c = ceremonies.get(id);
  if (!c) return notFound('摇号不存在（沙盒重启后需重新承诺） / no such draw (commit again after a sandbox restart)');
  const v = view(c, store);
  if (!c.record) return doc('公开摇号 / Public draw', <CeremonyBefore v={v} />, { bodyClass: 'ceremony-body' });
  // The library's names flash while each real result is announced (see assets/trainer.js).
  const pool = c.setup.objects.slice(0, 400).map((o) => o.name ?? o.id);
  return doc('摇号结果 / Draw result', <CeremonyAfter v={v} />, { bodyClass: 'ceremony-body', data: pool });
};

export const ceremonyCommit: Handler = (store, req) => {
  const taskId = req.form.get('taskId') ?? '';
  let setup: CeremonySetup;
  try {
    setup = ceremonySetup(store.data, taskId, loadProfile());
  } catch (e) {
    if (e instanceof CeremonyError) return redirect(`/dra/ceremony?error=${encodeURIComponent(`${e.zh} / ${e.message}`)}`);
    throw e;
  }
  // 128 bits from the OS: the seed stays on this machine until the draw; only its hash is shown.
  const c: Ceremony = { id: randomBytes(6).toString('hex'), setup, seed: randomBytes(16).toString('hex'), committedAt: new Date().toISOString() };
  ceremonies.set(c.id, c);
  return redirect(`/dra/ceremony?id=${c.id}`);
};

export const ceremonyRun: Handler = (store, req) => {
  const c = ceremonies.get(req.form.get('id') ?? '');
  if (!c) return notFound('摇号不存在 / no such draw');
  if (!c.record) {
    try {
      c.record = ceremonyDraw(c.setup, c.seed, c.committedAt, loadProfile());
    } catch (e) {
      return redirect(`/dra/ceremony?error=${encodeURIComponent(`无法抽取 / cannot draw: ${(e as Error).message}`)}`);
    }
    // Kept beside the sandbox's data: the record and the exact inputs it verifies against.
    const dir = join(store.dir, 'ceremonies', c.id);
    mkdirSync(dir, { recursive: true });
    for (const [name, value] of Object.entries(files(c))) writeFileSync(join(dir, name), value);
  }
  return redirect(`/dra/ceremony?id=${c.id}`);
};

function files(c: Ceremony): Record<string, string> {
  return {
    'record.json': `${JSON.stringify(c.record, null, 2)}\n`,
    'objects.json': `${JSON.stringify(c.setup.objects)}\n`,
    'inspectors.json': `${JSON.stringify(c.setup.inspectors)}\n`,
  };
}

export const ceremonyFile: Handler = (store, req) => {
  const id = req.query.get('id') ?? '';
  const name = req.query.get('name') ?? '';
  if (!/^[0-9a-f]{12}$/.test(id) || !['record.json', 'objects.json', 'inspectors.json'].includes(name)) return notFound('文件不存在 / no such file');
  const path = join(store.dir, 'ceremonies', id, name);
  if (!existsSync(path)) return notFound('文件不存在（尚未抽取？） / no such file (not drawn yet?)');
  return { type: 'application/json; charset=utf-8', disposition: `attachment; filename="${name}"`, body: readFileSync(path, 'utf8') };
};
