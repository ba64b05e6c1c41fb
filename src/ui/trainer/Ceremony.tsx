import type { DrawRecord } from '../../core/draw';
import type { CeremonySetup } from '../../trainer/ceremony';
import { QrSvg } from './QrSvg';

export interface CeremonyView {
  id: string;
  setup: Omit<CeremonySetup, 'objects' | 'inspectors'> & { objectCount: number };
  commitment: string;
  committedAt: string;
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
      <p class="muted">选择要公开抽取的任务（任务须已添加策略）。 / Choose the task to draw in public (it needs a strategy).</p>
      <ul class="tasks">
        {tasks.map((t) => (
          <li>
            <form method="post" action="/dra/ceremony/commit">
              <input type="hidden" name="taskId" value={t.id} />
              <button type="submit" class="btn" data-task={t.id}>
                {t.name} <span class="muted">（{t.status}）</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
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

function Commitment({ v }: { v: CeremonyView }) {
  return (
    <section class="commitment">
      <h2>种子承诺 / Commitment</h2>
      <QrSvg text={`sha256:${v.commitment}`} size={220} label="commitment QR" />
      <div>
        <div class="muted">SHA-256（随机种子） / SHA-256 of the seed，{v.committedAt}</div>
        <code class="hash" id="commitment">
          {v.commitment}
        </code>
        <p class="muted">种子在抽取后公开；任何人都可以核对它的 SHA-256 与此承诺一致。 / The seed is revealed after the draw; anyone can check that its SHA-256 equals this commitment.</p>
      </div>
    </section>
  );
}

export function CeremonyBefore({ v }: { v: CeremonyView }) {
  return (
    <div class="ceremony before" data-stage="before">
      <header>
        <h1>“双随机、一公开”公开摇号 / Public double-random draw</h1>
        <button type="button" class="btn fullscreen no-print">全屏 / Full screen</button>
      </header>
      <div class="grid">
        <Setup v={v} />
        <Commitment v={v} />
      </div>
      <form method="post" action="/dra/ceremony/draw" class="go no-print">
        <input type="hidden" name="id" value={v.id} />
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
          <h2>公开种子与复核 / Seed and verification</h2>
          <div class="muted">随机种子 / seed</div>
          <code class="hash" id="seed">
            {r.seed}
          </code>
          <div class="muted">承诺 / commitment = SHA-256(seed)</div>
          <code class="hash">{r.commitment}</code>
          <div class="muted">记录摘要 / record hash（记录太大，二维码存其 SHA-256 / the record is too large for a QR code: this one holds its SHA-256）</div>
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
            <a class="btn" href={`${base}objects.json`} download="objects.json">
              objects.json
            </a>{' '}
            <a class="btn" href={`${base}inspectors.json`} download="inspectors.json">
              inspectors.json
            </a>
          </p>
          <div class="muted">任何人都可以复核 / anyone can verify:</div>
          <pre class="cmd">npx dra verify record.json --objects objects.json --inspectors inspectors.json</pre>
          <div class="muted">输出 “verified / 复核一致” 即抽取未被改动。 / “verified” means the draw was not altered.</div>
        </section>
      </div>
    </div>
  );
}
