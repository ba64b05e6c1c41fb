import qrcode from 'qrcode-generator';

/**
 * A QR code as SVG, drawn from the encoder's module matrix (one path, no markup strings), so it works
 * offline and renders the same on the server and in the extension.
 */
export function QrSvg({ text, size = 240, label }: { text: string; size?: number; label?: string }) {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 4;
  let d = '';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + quiet} ${r + quiet}h1v1h-1z`;
  return (
    <svg class="qr" width={size} height={size} viewBox={`0 0 ${n + 2 * quiet} ${n + 2 * quiet}`} role="img" aria-label={label ?? text} shape-rendering="crispEdges">
      <rect width="100%" height="100%" fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
