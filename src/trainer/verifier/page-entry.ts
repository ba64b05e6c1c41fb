/**
 * The offline verifier page (离线复核页): one HTML file observers open on their own computer, with no
 * server and no install. They drop in the announcement, the record and the two registry files; the
 * page re-runs the draw with the same engine and says whether it verifies, and what differs if not.
 */
import { verifyRecord, type DrawRecord } from '../../core/draw';

type Loaded = { announcement?: unknown; record?: unknown; objects?: unknown; inspectors?: unknown };

/** What a file is, from its content (names vary when observers save them). */
function classify(data: unknown, into: Loaded): string {
  if (Array.isArray(data)) {
    const row = data[0] as Record<string, unknown> | undefined;
    if (row && ('checksThisYear' in row || 'creditClass' in row || 'uscc' in row)) return (into.objects = data), '检查对象名录';
    if (row && ('departmentId' in row || 'registryKind' in row || 'licenceNumber' in row)) return (into.inspectors = data), '执法检查人员名录';
    return '无法识别的列表';
  }
  const f = (data as { format?: unknown } | null)?.format;
  if (f === 'dra-announcement/1') return (into.announcement = data), '抽取公告';
  if (typeof f === 'string' && f.startsWith('dra-draw-record/')) return (into.record = data), '抽取记录';
  return '无法识别的文件';
}

const $ = (id: string) => document.getElementById(id)!;

function show(loaded: Loaded) {
  const out = $('result');
  const missing = (['announcement', 'record', 'objects', 'inspectors'] as const).filter((k) => loaded[k] === undefined);
  if (missing.length) {
    out.dataset.verdict = 'incomplete';
    out.textContent = `还缺：${missing.map((k) => ({ announcement: '抽取公告', record: '抽取记录', objects: '检查对象名录', inspectors: '执法检查人员名录' })[k]).join('、')}`;
    return;
  }
  let v;
  try {
    v = verifyRecord(loaded.record, loaded.objects, loaded.inspectors, { announcement: loaded.announcement });
  } catch (e) {
    out.dataset.verdict = 'error';
    out.textContent = `无法复核：${(e as Error).message}`;
    return;
  }
  const rec = loaded.record as DrawRecord;
  out.dataset.verdict = v.verified ? 'verified' : 'not-verified';
  out.dataset.kind = v.kind ?? '';
  const lines = [
    v.verified ? '✔ 复核一致 / verified' : '✘ 复核不一致 / NOT verified',
    `类别 / kind：${v.kind === 'official' ? '正式抽取' : v.kind === 'preview' ? '预览（不具约束力）' : '未知'}`,
    `公告摘要 / announcement：${rec.announcementHash ?? '—'}（请与公布的摘要核对）`,
    ...('publicValues' in (rec.randomness ?? {}) ? (rec.randomness as { publicValues: Array<{ id: string; value: string }> }).publicValues.map((p) => `公开随机数 ${p.id}：${p.value}（请与公开来源核对）`) : []),
    `抽中 / drawn：${rec.result?.objectIds?.length ?? 0} 户`,
    ...v.differences.map((d) => `  - ${d}`),
  ];
  out.textContent = lines.join('\n');
}

export function start() {
  const loaded: Loaded = {};
  const input = $('files') as HTMLInputElement;
  input.addEventListener('change', async () => {
    const list = $('loaded');
    for (const file of Array.from(input.files ?? [])) {
      const li = document.createElement('li');
      try {
        li.textContent = `${file.name}：${classify(JSON.parse((await file.text()).replace(/^\uFEFF/, '')), loaded)}`;
      } catch {
        li.textContent = `${file.name}：不是 JSON 文件`;
      }
      list.append(li);
    }
    show(loaded);
  });
}
