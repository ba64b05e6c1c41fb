/**
 * Server-side HTML with escaping by default: every interpolated value is escaped unless it is a
 * Raw produced by this module, so page data (names, addresses typed by users) is never markup.
 */
export class Raw {
  constructor(readonly html: string) {}
  toString() {
    return this.html;
  }
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (v: unknown): string => String(v ?? '').replace(/[&<>"']/g, (c) => ESC[c]);

function render(v: unknown): string {
  if (v instanceof Raw) return v.html;
  if (Array.isArray(v)) return v.map(render).join('');
  if (v === undefined || v === null || v === false) return '';
  return esc(v);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0];
  values.forEach((v, i) => (out += render(v) + strings[i + 1]));
  return new Raw(out);
}

export const raw = (s: string) => new Raw(s);

/** JSON for an inline <script>: escapes what could close the tag or start a comment. */
export const jsonForScript = (v: unknown) => raw(JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));

const VENDOR = [
  '/static/vendor/jquery/jquery.min.js',
  '/static/vendor/validate/jquery.validate.min.js',
  '/static/vendor/validate/localization/messages_zh.min.js',
  '/static/vendor/select2/js/select2.full.min.js',
  '/static/vendor/select2/js/i18n/zh-CN.js',
  '/static/vendor/layui/layui.js',
  '/static/vendor/datatables/jquery.dataTables.min.js',
  '/static/platform.js',
];
const CSS = ['/static/vendor/select2/css/select2.min.css', '/static/vendor/layui/css/layui.css', '/static/vendor/datatables/jquery.dataTables.min.css', '/static/platform.css'];

/** A page as the platform serves it inside an iframe tab. */
export function page(title: string, body: Raw, opts: { script?: Raw; bodyClass?: string } = {}): string {
  return `<!doctype html>${html`<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
${CSS.map((h) => html`<link rel="stylesheet" href="${h}">`)}
</head><body class="${opts.bodyClass ?? 'gray-bg'}">
${body}
${VENDOR.map((s) => html`<script src="${s}"></script>`)}
${opts.script ? html`<script>${opts.script}</script>` : ''}
</body></html>`}`;
}
