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
import { ceremonyAnnounce as ceremonyAnnounce_, ceremonyDraw, ceremonySetup, CeremonyError, drawableTasks, type CeremonyRandomness, type CeremonySetup } from '../../trainer/ceremony';
import { announcementHtml } from '../../trainer/announcement-page';
import { verifierHtml } from '../../trainer/verifier/build';
import { DrawError, type Announcement } from '../../core/draw';
import { appendLog } from '../../helper/audit-file';
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
import { lang, msg, pick } from '../../i18n';
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
    body: `<!doctype html><html lang="${lang() === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(title)}</title><style>${trainerCss()}</style></head><body class="${opts.bodyClass ?? 'trainer-body'}">${render(body)}${
      opts.data !== undefined ? `<script type="application/json" id="pool">${jsonForScript(opts.data).html}</script>` : ''
    }<script src="/static/trainer.js"></script></body></html>`,
  };
}
const redirect = (location: string): Reply => ({ status: 303, location, body: '' });
const notFound = (text: string): Reply => ({ status: 404, type: 'text/plain; charset=utf-8', body: text });

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
      refused.push({ file: f, errors: [msg('scenario.badJson', { file: f, error: (e as Error).message })] });
    }
  }
  const own = parseScenarios(files, ruleIds);
  const builtin = builtinScenarios(ruleIds);
  const clash = own.scenarios.filter((s) => builtin.scenarios.some((b) => b.id === s.id));
  scenarioSet = {
    scenarios: [...builtin.scenarios, ...own.scenarios.filter((s) => !clash.includes(s))],
    refused: [...builtin.refused, ...refused, ...own.refused, ...clash.map((s) => ({ file: s.id, errors: [msg('scenario.clash', { id: s.id })] }))],
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

export const scenarioList: Handler = () => doc(msg('scenario.title'), <ScenarioList scenarios={scenarioSet.scenarios} refused={scenarioSet.refused} />);

export const scenarioStart: Handler = (store, req) => {
  const s = scenario(req.form.get('id') ?? req.query.get('id'));
  if (!s) return notFound(msg('scenario.notFound'));
  restart(store, s.state);
  return redirect(`/dra/scenario?id=${encodeURIComponent(s.id)}`);
};

export const scenarioFix: Handler = (store, req) => {
  const s = scenario(req.form.get('id'));
  if (!s) return notFound(msg('scenario.notFound'));
  applyPatch(store.data, s.fix.state);
  store.save();
  return redirect(`/dra/scenario?id=${encodeURIComponent(s.id)}&check=1`);
};

export const scenarioView: Handler = (store, req) => {
  const s = scenario(req.query.get('id'));
  if (!s) return notFound(msg('scenario.notFound'));
  const check = req.query.get('check') === '1' ? checkScenario(s, store.data) : undefined;
  return doc(pick(s.title), <ScenarioPage s={s} check={check} showHint={req.query.get('hint') === '1'} today={store.data.today} />);
};

/** The check as JSON, for scripts and tests. */
export const scenarioCheckJson: Handler = (store, req) => {
  const s = scenario(req.query.get('id'));
  if (!s) return notFound(msg('scenario.notFound'));
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
    if (e instanceof ProfileError) return notFound(e.errors.map((x) => pick(x)).join('\n'));
    throw e;
  }
  const name = (p: { id: string; name?: { zh: string; en: string } }) => ({ id: p.id, name: p.name ? pick(p.name) : p.id });
  const all = explorerRules(profile, policyTexts());
  const q = req.query.get('q') ?? '';
  const compare = against ? { rows: compareProfiles(profile, against), a: name(profile), b: name(against) } : undefined;
  const profiles = PROFILE_IDS.map((p) => name(loadProfile(p)));
  return doc(msg('explorer.title'), <RuleExplorer rules={searchRules(all, q)} total={all.length} query={q} profile={{ id, chain: profile.chain }} sandboxBase="" profiles={profiles} compare={compare} />);
};

/** Load a rule's example into the sandbox (on a fresh seed) and open its page in the platform shell. */
const exampleOf = (params: URLSearchParams) => {
  const id = params.get('rule') ?? '';
  const kind = params.get('case') === 'pass' ? ('pass' as const) : ('fail' as const);
  const rule = ruleById.get(id);
  const ex = RULE_EXAMPLES[id]?.[kind];
  return rule && ex ? { found: true as const, id, kind, rule, ex } : { found: false as const, id };
};

/**
 * GET only asks: loading an example resets the sandbox's data, and a GET can come from any site (a link, an
 * image); the reset is the POST this page's button sends, which the server lets through from its own pages only.
 */
export const exampleAsk: Handler = (_store, req) => {
  const e = exampleOf(req.query);
  if (!e.found) return notFound(msg('explorer.noExample', { id: e.id }));
  return doc(
    msg('explorer.example.confirmTitle'),
    <main class="example-confirm">
      <h1>{msg('explorer.example.confirmTitle')}</h1>
      <p>{msg('explorer.example.confirm', { rule: e.id, case: msg(e.kind === 'pass' ? 'explorer.example.pass' : 'explorer.example.fail') })}</p>
      <form method="post" action="/dra/example">
        <input type="hidden" name="rule" value={e.id} />
        <input type="hidden" name="case" value={e.kind} />
        <button type="submit" class="btn load-example">{msg('explorer.example.load')}</button>
      </form>
    </main>,
  );
};

export const exampleLoad: Handler = (store, req) => {
  const e = exampleOf(req.form);
  if (!e.found) return notFound(msg('explorer.noExample', { id: e.id }));
  const patch = exampleToPatch(e.ex.dossier, e.ex.asOf);
  restart(store, patch);
  return redirect(`/?open=${encodeURIComponent(examplePath(e.rule.meta.scope, patch))}`);
};

// ---- draw ceremony ---------------------------------------------------------------------------

interface Ceremony {
  id: string;
  setup: CeremonySetup;
  announcement: Announcement;
  /** The sandbox's own contribution: only its commitment is shown until the draw. */
  own: string;
  record?: CeremonyView['record'];
}
const ceremonies = new Map<string, Ceremony>();
const FILES = ['announcement.json', 'announcement.html', 'record.json', 'objects.json', 'inspectors.json', 'verifier.html'];

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
  return { id: c.id, setup: { ...setup, objectCount: objects.length }, announcement: c.announcement, record: c.record, names };
}

export const ceremonyPage: Handler = (store, req) => {
  const id = req.query.get('id');
  const tasks = drawableTasks(store.data).map((t) => ({ id: t.id, name: t.name, status: t.status }));
  if (!id) return doc(msg('ceremony.choose.title'), <CeremonyChoose tasks={tasks} error={req.query.get('error') ?? undefined} />, { bodyClass: 'ceremony-body' });
  const c = ceremonies.get(id);
  if (!c) return notFound(msg('ceremony.error.noDrawRestart'));
  const v = view(c, store);
  if (!c.record) return doc(msg('ceremony.announcement'), <CeremonyBefore v={v} error={req.query.get('error') ?? undefined} />, { bodyClass: 'ceremony-body' });
  // The library's names flash while each real result is announced (see assets/trainer.js).
  const pool = c.setup.objects.slice(0, 400).map((o) => o.name ?? o.id);
  return doc(msg('ceremony.error.resultTitle'), <CeremonyAfter v={v} />, { bodyClass: 'ceremony-body', data: pool });
};

const HEX64 = /^[0-9a-f]{64}$/;

/** Announce: the inputs fixed and the randomness named, before any of it exists; written to the ceremony's folder. */
export const ceremonyAnnounce: Handler = async (store, req) => {
  const taskId = req.form.get('taskId') ?? '';
  const observers: CeremonyRandomness['observers'] = [];
  for (const line of (req.form.get('observers') ?? '').split('\n').map((l) => l.trim()).filter(Boolean)) {
    const m = /^(.+?)[\s:：,，]+([0-9a-f]{64})$/.exec(line);
    if (!m || !HEX64.test(m[2])) return redirect(`/dra/ceremony?error=${encodeURIComponent(msg('ceremony.error.observerLine', { line }))}`);
    observers.push({ holder: m[1], commitment: m[2] });
  }
  const publicSource = (req.form.get('publicSource') ?? '').trim() || msg('ceremony.choose.publicSourceExample');
  let c: Ceremony;
  let rows: Awaited<ReturnType<typeof ceremonyAnnounce_>>['rows'];
  try {
    const setup = ceremonySetup(store.data, taskId, loadProfile());
    const own = randomBytes(16).toString('hex');
    const announced = await ceremonyAnnounce_(setup, loadProfile(), { publicSource, observers }, own);
    rows = announced.rows;
    c = { id: randomBytes(6).toString('hex'), setup, own, announcement: announced.announcement };
  } catch (e) {
    if (e instanceof CeremonyError || e instanceof DrawError) return redirect(`/dra/ceremony?error=${encodeURIComponent(lang() === 'en' ? e.message : e.zh)}`);
    throw e;
  }
  ceremonies.set(c.id, c);
  const dir = join(store.dir, 'ceremonies', c.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'announcement.json'), `${JSON.stringify(c.announcement, null, 2)}\n`);
  writeFileSync(join(dir, 'announcement.html'), announcementHtml(c.announcement));
  writeFileSync(join(dir, 'objects.json'), `${JSON.stringify(rows.objects)}\n`);
  writeFileSync(join(dir, 'inspectors.json'), `${JSON.stringify(rows.inspectors)}\n`);
  appendLog(join(store.dir, 'audit.jsonl'), 'draw-announced', { via: 'ceremony', taskId: c.announcement.taskId, attempt: c.announcement.attempt, announcementHash: c.announcement.announcementHash });
  return redirect(`/dra/ceremony?id=${c.id}`);
};

/** The draw: the public value typed in, the contributions revealed; every attempt, drawn or refused, logged. */
export const ceremonyRun: Handler = async (store, req) => {
  const c = ceremonies.get(req.form.get('id') ?? '');
  if (!c) return notFound(msg('ceremony.error.noDraw'));
  const log = join(store.dir, 'audit.jsonl');
  if (!c.record) {
    const contributions: Record<string, string> = { sandbox: c.own };
    for (const spec of c.announcement.randomness.contributions) if (spec.id !== 'sandbox') contributions[spec.id] = (req.form.get(`c:${spec.id}`) ?? '').trim();
    const base = { via: 'ceremony', taskId: c.announcement.taskId, kind: 'official', attempt: c.announcement.attempt, announcementHash: c.announcement.announcementHash };
    try {
      c.record = await ceremonyDraw(c.setup, c.announcement, (req.form.get('publicValue') ?? '').trim(), contributions);
    } catch (e) {
      appendLog(log, 'draw-attempt', { ...base, outcome: `refused: ${(e as Error).message}` });
      return redirect(`/dra/ceremony?id=${c.id}&error=${encodeURIComponent(msg('ceremony.error.cannotDraw', { why: (lang() === 'en' ? (e as Error).message : (e as DrawError).zh) ?? (e as Error).message }))}`);
    }
    appendLog(log, 'draw-attempt', { ...base, outcome: 'drawn', seed: c.record.seed, recordHash: c.record.recordHash, drawn: c.record.result.objectIds.length });
    const dir = join(store.dir, 'ceremonies', c.id);
    writeFileSync(join(dir, 'record.json'), `${JSON.stringify(c.record, null, 2)}\n`);
    writeFileSync(join(dir, 'verifier.html'), await verifierHtml());
  }
  return redirect(`/dra/ceremony?id=${c.id}`);
};

export const ceremonyFile: Handler = (store, req) => {
  const id = req.query.get('id') ?? '';
  const name = req.query.get('name') ?? '';
  if (!/^[0-9a-f]{12}$/.test(id) || !FILES.includes(name)) return notFound(msg('ceremony.error.noFile'));
  const path = join(store.dir, 'ceremonies', id, name);
  if (!existsSync(path)) return notFound(msg('ceremony.error.notDrawnYet'));
  const type = name.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8';
  return { type, disposition: `attachment; filename="${name}"`, body: readFileSync(path, 'utf8') };
};
