import type { Announcement, DrawRecord } from '../../core/draw';
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

const CLASS_LABEL: Record<string, string> = { A: 'A 类', B: 'B 类', C: 'C 类', D: 'D 类', unclassified: '未分类', all: '全部' };

export function CeremonyChoose({ tasks, error }: { tasks: Array<{ id: string; name: string; status: string }>; error?: string }) {
  return (
    <div class="ceremony choose">
      <h1>公开摇号 / Public draw</h1>
      {error && <p class="warn">{error}</p>}
      <form method="post" action="/dra/ceremony/announce">
        <p class="muted">先公告，后产生随机数：公告固定名录（逐行摘要）、抽取比例和规则配置，并写明随机来源。 / Announce first: the inputs are fixed and the randomness named before it exists.</p>
        <label>
          公开随机数来源 / public value：
          <input name="publicSource" size={60} placeholder="观察员现场掷骰子三次的点数" />
        </label>
        <label>
          观察员的承诺（每行：姓名 承诺摘要，用 <code>dra contribute</code> 生成） / observers' commitments, one per line:
          <textarea name="observers" rows={3} cols={80} />
        </label>
        <p class="muted">选择要公开抽取的任务（任务须已添加策略）。 / Choose the task (it needs a strategy).</p>
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
        <div>所属计划 / plan：{s.planName}</div>
        <div>检查事项 / item：{s.itemName}</div>
        <div>参与部门 / departments：{s.departments.map((d) => d.name).join('、')}</div>
        <div>
          抽取库 / library：{s.libraryName}（{s.objectCount} 户）
        </div>
        <div>每户检查人员 / inspectors per object：{s.request.inspectorsPerObject}</div>
      </div>
      <table class="classes">
        <thead>
          <tr>
            <th>信用风险分类 / class</th>
            <th>库内户数 / in library</th>
            <th>抽取比例 / rate</th>
          </tr>
        </thead>
        <tbody>
          {s.classSizes.map((c) => (
            <tr>
              <td>{CLASS_LABEL[c.creditClass] ?? c.creditClass}</td>
              <td class="num">{c.size}</td>
              <td class="num">{c.rate !== undefined ? `${c.rate}%` : s.request.count !== undefined ? `固定 ${s.request.count} 户` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {s.atFrequencyLimit > 0 && (
        <div class="muted">
          其中 {s.atFrequencyLimit} 户今年已达抽查次数上限，抽取时按规定排除（高风险和特殊行业除外），记录在案。 / {s.atFrequencyLimit} objects at the yearly limit are excluded (high-risk and special industries aside), recorded.
        </div>
      )}
    </section>
  );
}

function AnnouncementBox({ v }: { v: CeremonyView }) {
  const a = v.announcement;
  const base = `/dra/ceremony/file?id=${encodeURIComponent(v.id)}&name=`;
  return (
    <section class="commitment">
      <h2>抽取公告 / Announcement</h2>
      <QrSvg text={`sha256:${a.announcementHash}`} size={200} label="announcement QR" />
      <div>
        <div class="muted">公告摘要 / announcement hash（SHA-256），{a.envelope?.announcedAt}</div>
        <code class="hash" id="announcementHash">
          {a.announcementHash}
        </code>
        <ol class="randomness">
          {a.randomness.publicValues.map((p) => (
            <li>公开随机数 / public value：{p.source}</li>
          ))}
          {a.randomness.contributions.map((c) => (
            <li>
              {c.holder} 的贡献承诺 / commitment：<code>{c.commitment.slice(0, 16)}…</code>
            </li>
          ))}
        </ol>
        <p class="no-print">
          <a class="btn" href={`${base}announcement.html`} download="announcement.html">公告打印页 / printable</a>{' '}
          <a class="btn" href={`${base}announcement.json`} download="announcement.json">announcement.json</a>{' '}
          <a class="btn" href={`${base}objects.json`} download="objects.json">objects.json</a>{' '}
          <a class="btn" href={`${base}inspectors.json`} download="inspectors.json">inspectors.json</a>
        </p>
        <p class="muted">种子由公告摘要、公开随机数和各方贡献推导，任何一方都无法单独选择。 / The seed follows from the announcement, the public value and the contributions: no one party can choose it.</p>
      </div>
    </section>
  );
}

export function CeremonyBefore({ v, error }: { v: CeremonyView; error?: string }) {
  const others = v.announcement.randomness.contributions.filter((c) => c.id !== 'sandbox');
  return (
    <div class="ceremony before" data-stage="before">
      <header>
        <h1>“双随机、一公开”公开摇号 / Public double-random draw</h1>
        <button type="button" class="btn fullscreen no-print">全屏 / Full screen</button>
      </header>
      {error && <p class="warn">{error}</p>}
      <div class="grid">
        <Setup v={v} />
        <AnnouncementBox v={v} />
      </div>
      <form method="post" action="/dra/ceremony/draw" class="go no-print">
        <input type="hidden" name="id" value={v.id} />
        <label>
          公开随机数 / public value（{v.announcement.randomness.publicValues[0]?.format}）：
          <input name="publicValue" id="publicValue" required />
        </label>
        {others.map((c) => (
          <label>
            {c.holder} 公开贡献 / reveal：
            <input name={`c:${c.id}`} required />
          </label>
        ))}
        <button type="submit" class="btn btn-primary big" id="btnDraw">
          开始抽取 / Draw
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
  return (
    <div class="ceremony after" data-stage="drawn">
      <header>
        <h1>{v.setup.taskName}：抽取结果 / Result</h1>
        <button type="button" class="btn fullscreen no-print">全屏 / Full screen</button>
      </header>
      <div class="grid">
        <section class="reveal">
          <h2>
            抽中 {r.result.objectIds.length} 户（按抽取顺序） / {r.result.objectIds.length} drawn, in draw order
          </h2>
          <div class="spinner" aria-hidden="true" />
          <ol class="drawn" id="drawn">
            {r.result.objectIds.map((id, i) => (
              <li data-i={i} data-object={id}>
                <span class="n">{i + 1}</span>
                <span class="name">{names[id] ?? id}</span>
                <span class="cls">{CLASS_LABEL[classOf.get(id) ?? ''] ?? ''}</span>
                <span class="insp">{(byObject.get(id) ?? []).map((x) => names[x] ?? x).join('、')}</span>
              </li>
            ))}
          </ol>
        </section>
        <section class="verify" id="verify">
          <h2>随机来源与复核 / Randomness and verification</h2>
          <div class="muted">公告摘要 / announcement</div>
          <code class="hash" id="announcementHash">
            {r.announcementHash}
          </code>
          {'publicValues' in r.randomness && (
            <ul class="revealed">
              {r.randomness.publicValues.map((p) => (
                <li>
                  公开随机数 / public value：<code>{p.value}</code>
                </li>
              ))}
              {r.randomness.contributions.map((c) => (
                <li>
                  贡献 / contribution {c.id}：<code>{c.value}</code>
                </li>
              ))}
            </ul>
          )}
          <div class="muted">种子 / seed = SHA-256(["dra-seed/2", 公告摘要, 公开随机数, 贡献])</div>
          <code class="hash" id="seed">
            {r.seed}
          </code>
          <div class="muted">记录摘要 / record hash（二维码存其 SHA-256 / the QR code holds it）</div>
          <div class="qr-row">
            <QrSvg text={`sha256:${r.recordHash}`} size={180} label="record hash QR" />
            <code class="hash" id="recordHash">
              {r.recordHash}
            </code>
          </div>
          <p>
            <a class="btn" id="dlRecord" href={`${base}record.json`} download="record.json">
              下载抽取记录 / record.json
            </a>{' '}
            <a class="btn" href={`${base}announcement.json`} download="announcement.json">announcement.json</a>{' '}
            <a class="btn" href={`${base}objects.json`} download="objects.json">objects.json</a>{' '}
            <a class="btn" href={`${base}inspectors.json`} download="inspectors.json">inspectors.json</a>{' '}
            <a class="btn" id="dlVerifier" href={`${base}verifier.html`} download="verifier.html">离线复核页 / verifier.html</a>
          </p>
          <div class="muted">任何人都可以复核：在自己的电脑上打开 verifier.html（无需联网和安装），选入上面四个文件；或 / anyone can verify: open verifier.html offline and load the four files, or</div>
          <pre class="cmd">npx dra verify record.json --announcement announcement.json --objects objects.json --inspectors inspectors.json</pre>
          <div class="muted">输出 “verified / 复核一致” 即抽取未被改动。 / “verified” means the draw was not altered.</div>
        </section>
      </div>
    </div>
  );
}
