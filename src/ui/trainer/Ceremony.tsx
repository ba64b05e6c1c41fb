import type { Announcement, DrawRecord } from '../../core/draw';
import { msg } from '../../i18n';
import { formatDateTime } from '../../i18n/time';
import type { CeremonySetup } from '../../trainer/ceremony';
import { QrSvg } from './QrSvg';

export interface CeremonyView {
  id: string;
  setup: Omit<CeremonySetup, 'objects' | 'inspectors'> & { objectCount: number };
  announcement: Announcement;
  record?: DrawRecord;
  /** Names for the drawn objects and inspectors (the record holds ids). */
  names?: Record<string, string>;
}

const classLabel = (c: string): string => (['A', 'B', 'C', 'D'].includes(c) ? msg('ceremony.class', { c }) : c === 'unclassified' ? msg('ceremony.class.unclassified') : c === 'all' ? msg('ceremony.class.all') : c);

/** The user's data and codes: not words of this page (HTML's translate="no"; preact types it as a boolean). */
const NOT_WORDS = { translate: 'no' } as unknown as Record<string, never>;

/** A hash in groups of eight, so a line breaks between groups and never leaves one character alone. */
function Hash({ id, value }: { id: string; value: string }) {
  return (
    <code class="hash" id={id} {...NOT_WORDS}>
      {value.match(/.{1,8}/g)?.map((g) => <span>{g}</span>)}
    </code>
  );
}

export function CeremonyChoose({ tasks, error }: { tasks: Array<{ id: string; name: string; status: string }>; error?: string }) {
  return (
    <div class="ceremony choose">
      <h1>{msg('ceremony.choose.title')}</h1>
      {error && <p class="warn">{error}</p>}
      <form method="post" action="/dra/ceremony/announce">
        <p class="muted">{msg('ceremony.choose.lead')}</p>
        <label>
          {msg('ceremony.choose.publicSource')}
          <input name="publicSource" size={60} placeholder={msg('ceremony.choose.publicSourceExample')} />
        </label>
        <label>
          {msg('ceremony.choose.observers')}
          <textarea name="observers" rows={3} cols={80} />
        </label>
        <p class="muted">{msg('ceremony.choose.task')}</p>
        <ul class="tasks">
          {tasks.map((t) => (
            <li>
              <button type="submit" class="btn" name="taskId" value={t.id} data-task={t.id}>
                {t.name} <span class="muted">（{t.status}）</span>
              </button>
            </li>
          ))}
        </ul>
      </form>
    </div>
  );
}

function Setup({ v }: { v: CeremonyView }) {
  const s = v.setup;
  return (
    <section class="setup">
      <h2>{s.taskName}</h2>
      <div class="meta">
        <div>{msg('ceremony.setup.plan', { name: s.planName })}</div>
        <div>{msg('ceremony.setup.item', { name: s.itemName })}</div>
        <div>{msg('ceremony.setup.departments', { names: s.departments.map((d) => d.name).join('、') })}</div>
        <div>{msg('ceremony.setup.library', { name: s.libraryName, n: s.objectCount })}</div>
        <div>{msg('ceremony.setup.inspectors', { n: s.request.inspectorsPerObject })}</div>
      </div>
      <table class="classes">
        <thead>
          <tr>
            <th>{msg('ceremony.setup.class')}</th>
            <th>{msg('ceremony.setup.size')}</th>
            <th>{msg('ceremony.setup.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {s.classSizes.map((c) => (
            <tr>
              <td>{classLabel(c.creditClass)}</td>
              <td class="num">{c.size}</td>
              <td class="num">{c.rate !== undefined ? `${c.rate}%` : s.request.count !== undefined ? msg('ceremony.setup.fixed', { n: s.request.count }) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.atFrequencyLimit > 0 && <div class="muted">{msg('ceremony.setup.atLimit', { n: s.atFrequencyLimit })}</div>}
    </section>
  );
}

function AnnouncementBox({ v }: { v: CeremonyView }) {
  const a = v.announcement;
  const base = `/dra/ceremony/file?id=${encodeURIComponent(v.id)}&name=`;
  return (
    <section class="commitment">
      <h2>{msg('ceremony.announcement')}</h2>
      <QrSvg text={`sha256:${a.announcementHash}`} size={200} label={msg('ceremony.announcement.qr')} />
      <div>
        <div class="muted">{msg('ceremony.announcement.hash', { time: formatDateTime(a.envelope?.announcedAt) })}</div>
        <Hash id="announcementHash" value={a.announcementHash} />
        <ol class="randomness">
          {a.randomness.publicValues.map((p) => (
            <li>{msg('ceremony.publicValue', { source: p.source })}</li>
          ))}
          {a.randomness.contributions.map((c) => (
            <li>
              {msg('ceremony.commitment', { holder: c.holder })}
              <code {...NOT_WORDS}>{c.commitment.slice(0, 16)}…</code>
            </li>
          ))}
        </ol>
        <p class="no-print">
          <a class="btn" href={`${base}announcement.html`} download="announcement.html">{msg('ceremony.file.printable')}</a>{' '}
          <a class="btn" href={`${base}announcement.json`} download="announcement.json">{msg('ceremony.file.announcement')}</a>{' '}
          <a class="btn" href={`${base}objects.json`} download="objects.json">{msg('ceremony.file.objects')}</a>{' '}
          <a class="btn" href={`${base}inspectors.json`} download="inspectors.json">{msg('ceremony.file.inspectors')}</a>
        </p>
        <p class="muted">{msg('ceremony.seedNote')}</p>
      </div>
    </section>
  );
}

export function CeremonyBefore({ v, error }: { v: CeremonyView; error?: string }) {
  const others = v.announcement.randomness.contributions.filter((c) => c.id !== 'sandbox');
  return (
    <div class="ceremony before" data-stage="before">
      <header>
        <h1>{msg('ceremony.before.title')}</h1>
        <button type="button" class="btn fullscreen no-print">{msg('ceremony.fullscreen')}</button>
      </header>
      {error && <p class="warn">{error}</p>}
      <div class="grid">
        <Setup v={v} />
        <AnnouncementBox v={v} />
      </div>
      <form method="post" action="/dra/ceremony/draw" class="go no-print">
        <input type="hidden" name="id" value={v.id} />
        <label>
          {msg('ceremony.before.publicValue', { format: v.announcement.randomness.publicValues[0]?.format ?? '' })}
          <input name="publicValue" id="publicValue" required />
        </label>
        {others.map((c) => (
          <label>
            {msg('ceremony.before.reveal', { holder: c.holder })}
            <input name={`c:${c.id}`} required />
          </label>
        ))}
        <button type="submit" class="btn btn-primary big" id="btnDraw">
          {msg('ceremony.before.draw')}
        </button>
      </form>
    </div>
  );
}

export function CeremonyAfter({ v }: { v: CeremonyView }) {
  const r = v.record!;
  const names = v.names ?? {};
  const byObject = new Map(r.result.assignments.map((a) => [a.objectId, a.inspectorIds]));
  const classOf = new Map(r.result.classes.flatMap((c) => c.objectIds.map((id) => [id, c.creditClass] as const)));
  const base = `/dra/ceremony/file?id=${encodeURIComponent(v.id)}&name=`;
  const holders = new Map(v.announcement.randomness.contributions.map((c) => [c.id, c.holder]));
  return (
    <div class="ceremony after" data-stage="drawn">
      <header>
        <h1>{msg('ceremony.after.title', { task: v.setup.taskName })}</h1>
        <button type="button" class="btn fullscreen no-print">{msg('ceremony.fullscreen')}</button>
      </header>
      <div class="grid">
        <section class="reveal">
          <h2>{msg('ceremony.after.drawn', { n: r.result.objectIds.length, time: formatDateTime(r.envelope.drawnAt) })}</h2>
          <div class="spinner" aria-hidden="true" data-done={msg('ceremony.after.done')} />
          <ol class="drawn" id="drawn">
            {r.result.objectIds.map((id, i) => (
              <li data-i={i} data-object={id}>
                <span class="n">{i + 1}</span>
                <span class="name">{names[id] ?? id}</span>
                <span class="cls">{classOf.has(id) ? classLabel(classOf.get(id)!) : ''}</span>
                <span class="insp">{(byObject.get(id) ?? []).map((x) => names[x] ?? x).join('、')}</span>
              </li>
            ))}
          </ol>
        </section>
        <section class="verify" id="verify">
          <h2>{msg('ceremony.after.verifyTitle')}</h2>
          <div class="muted">{msg('ceremony.after.announcementHash')}</div>
          <Hash id="announcementHash" value={r.announcementHash ?? ''} />
          {'publicValues' in r.randomness && (
            <ul class="revealed">
              {r.randomness.publicValues.map((p) => (
                <li>
                  {msg('ceremony.after.publicValue')}
                  <code {...NOT_WORDS}>{p.value}</code>
                </li>
              ))}
              {r.randomness.contributions.map((c) => (
                <li>
                  {msg('ceremony.after.contribution', { holder: holders.get(c.id) ?? c.id })}
                  <code {...NOT_WORDS}>{c.value}</code>
                </li>
              ))}
            </ul>
          )}
          <div class="muted">{msg('ceremony.after.seed')}</div>
          <Hash id="seed" value={r.seed} />
          <div class="muted">{msg('ceremony.after.recordHash')}</div>
          <div class="qr-row">
            <QrSvg text={`sha256:${r.recordHash}`} size={180} label={msg('ceremony.after.recordQr')} />
            <Hash id="recordHash" value={r.recordHash} />
          </div>
          <p>
            <a class="btn" id="dlRecord" href={`${base}record.json`} download="record.json">
              {msg('ceremony.file.record')}
            </a>{' '}
            <a class="btn" href={`${base}announcement.json`} download="announcement.json">{msg('ceremony.file.announcement')}</a>{' '}
            <a class="btn" href={`${base}objects.json`} download="objects.json">{msg('ceremony.file.objects')}</a>{' '}
            <a class="btn" href={`${base}inspectors.json`} download="inspectors.json">{msg('ceremony.file.inspectors')}</a>{' '}
            <a class="btn" id="dlVerifier" href={`${base}verifier.html`} download="verifier.html">{msg('ceremony.file.verifier')}</a>
          </p>
          <div class="muted">{msg('ceremony.after.howToVerify')}</div>
          <details class="cmd-details">
            <summary>{msg('ceremony.after.commandLine')}</summary>
            <pre class="cmd">dra verify record.json --announcement announcement.json --objects objects.json --inspectors inspectors.json</pre>
          </details>
        </section>
      </div>
    </div>
  );
}
