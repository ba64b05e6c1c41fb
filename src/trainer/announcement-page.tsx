/**
 * The announcement as a printable page (公告): what is fixed, the randomness named, and its hash with a
 * QR code. One self-contained HTML file (no script, no outside resource), for publication and print.
 */
import { render } from 'preact-render-to-string';
import type { Announcement } from '../core/draw';
import { QrSvg } from '../ui/trainer/QrSvg';

const CLASS: Record<string, string> = { A: 'A 类', B: 'B 类', C: 'C 类', D: 'D 类' };

function Rates({ a }: { a: Announcement }) {
  const r = a.request;
  if (r.classRates) return <>{Object.entries(r.classRates).map(([k, v]) => `${CLASS[k] ?? k} ${v}%`).join('，')}</>;
  if (r.classCounts) return <>{Object.entries(r.classCounts).map(([k, v]) => `${CLASS[k] ?? k} ${v} 户`).join('，')}</>;
  return <>{r.rate !== undefined ? `${r.rate}%` : `${r.count} 户`}</>;
}

export function AnnouncementPage({ a }: { a: Announcement }) {
  return (
    <main>
      <h1>抽取公告</h1>
      <p class="sub">“双随机、一公开”抽查 · 任务 {a.taskName ?? a.taskId}（{a.taskId}）· 第 {a.attempt} 次正式抽取{a.reason ? `（原因：${a.reason}）` : ''}</p>
      <section class="hash">
        <QrSvg text={`sha256:${a.announcementHash}`} size={200} label="公告摘要二维码" />
        <div>
          <div class="label">公告摘要（SHA-256）</div>
          <code id="announcementHash">{a.announcementHash}</code>
          <p>抽取记录必须引用此摘要；任何人都可用 <code>dra verify --announcement</code> 或离线复核页核对。</p>
          {a.envelope && <p class="muted">公告时间：{a.envelope.announcedAt}</p>}
        </div>
      </section>
      <h2>已固定的抽取条件</h2>
      <table>
        <tbody>
          <tr><th>抽取比例</th><td><Rates a={a} /></td></tr>
          <tr><th>参与部门</th><td>{a.request.departments.join('、')}{a.request.joint ? '（联合抽查）' : ''}</td></tr>
          <tr><th>每户检查人员</th><td>{a.request.inspectorsPerObject} 名</td></tr>
          <tr><th>检查对象名录</th><td>{a.inputs.objectCount} 户，逐行摘要 <code>{a.inputs.objectsHash}</code></td></tr>
          <tr><th>执法检查人员名录</th><td>{a.inputs.inspectorCount} 名，逐行摘要 <code>{a.inputs.inspectorsHash}</code></td></tr>
          <tr><th>规则配置</th><td>{a.profile.id}（每年抽查上限 {a.profile.params.maxChecksPerYear} 次，每户至少 {a.profile.params.minInspectorsPerObject} 名）</td></tr>
          <tr><th>算法</th><td>{a.algorithm.id} 第 {a.algorithm.version} 版（docs/draw-spec.md）</td></tr>
        </tbody>
      </table>
      <h2>随机来源（公告时尚不存在或未公开）</h2>
      <ol>
        {a.randomness.publicValues.map((p) => (
          <li>公开随机数「{p.id}」：{p.source}，{p.availableAfter} 之后公布{p.format ? `；录入格式：${p.format}` : ''}</li>
        ))}
        {a.randomness.contributions.map((c) => (
          <li>{c.holder} 的随机贡献「{c.id}」，承诺（SHA-256）<code>{c.commitment}</code>，抽取时当场公开</li>
        ))}
      </ol>
      <p>种子 = SHA-256(["dra-seed/2", 公告摘要, [公开随机数…], [各方贡献…]])，由以上各项推导，任何一方都无法单独选择。</p>
    </main>
  );
}

const CSS = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:60em;color:#111}h1{text-align:center}
.sub{text-align:center}.hash{display:flex;gap:1.5em;align-items:center;border:1px solid #999;padding:1em}code{word-break:break-all;font-size:.9em}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #aaa;padding:.4em;text-align:left;vertical-align:top}th{width:10em;background:#f3f3f3}.muted,.label{color:#555}
@media print{body{margin:0}}`;

export function announcementHtml(a: Announcement): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>抽取公告 ${escape(a.taskId)}</title><style>${CSS}</style></head><body>${render(<AnnouncementPage a={a} />)}</body></html>\n`;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
