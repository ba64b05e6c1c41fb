/**
 * Builds the offline verifier page: the draw engine and the page script bundled into one HTML file
 * (no outside resource, no server), so an observer opens it from disk. Built once per process.
 */
import { fileURLToPath } from 'node:url';

let page: Promise<string> | undefined;

const CSS = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:52em;margin:2em auto;color:#111}
#result{white-space:pre-wrap;border:2px solid #999;padding:1em;font-size:1.1em}#result[data-verdict=verified]{border-color:#1a7f37}
#result[data-verdict=not-verified],#result[data-verdict=error]{border-color:#c62828}code{word-break:break-all}`;

export function verifierHtml(): Promise<string> {
  page ??= (async () => {
    const { build } = await import('esbuild'); // only when a ceremony is drawn: keeps `dra` quick to start
    const out = await build({
      entryPoints: [fileURLToPath(new URL('./page-entry.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'DraVerifier',
      platform: 'browser',
      minify: true,
      logLevel: 'silent',
    });
    const js = out.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>抽取记录离线复核</title><style>${CSS}</style></head><body>
<h1>抽取记录离线复核</h1>
<p>本页不联网、无需安装。请选择（可一次多选）：抽取公告 announcement.json、抽取记录 record.json、检查对象名录 objects.json、执法检查人员名录 inspectors.json。本页用与抽取相同的算法（docs/draw-spec.md 第 2 版）重新抽取并比对。</p>
<input type="file" id="files" multiple accept=".json,application/json">
<ul id="loaded"></ul>
<div id="result" data-verdict="incomplete">尚未选择文件</div>
<script>${js}
DraVerifier.start();</script></body></html>
`;
  })();
  return page;
}
