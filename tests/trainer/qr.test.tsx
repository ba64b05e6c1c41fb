import { render } from 'preact-render-to-string';
import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { QrSvg } from '../../src/ui/trainer/QrSvg';

/** The dark modules the SVG path draws, read back from its "M x y" moves. */
function modules(svg: string): Set<string> {
  const d = /<path d="([^"]*)"/.exec(svg)![1];
  return new Set([...d.matchAll(/M(\d+) (\d+)/g)].map((m) => `${Number(m[1]) - 4},${Number(m[2]) - 4}`));
}

describe('QR codes as SVG', () => {
  it.each([
    ['a commitment', `sha256:${'ab'.repeat(32)}`],
    ['a short text', 'dra'],
  ])('%s: the SVG draws exactly the encoder’s dark modules, with a 4-module quiet zone', (_n, text) => {
    const svg = render(<QrSvg text={text} />);
    const qr = qrcode(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    expect(svg).toContain(`viewBox="0 0 ${n + 8} ${n + 8}"`);
    const expected = new Set<string>();
    for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) expected.add(`${c},${r}`);
    expect(modules(svg)).toEqual(expected);
    // The three finder patterns' corners are dark: a scannable code, not a decoration.
    for (const [x, y] of [[0, 0], [n - 1, 0], [0, n - 1]]) expect(modules(svg).has(`${x},${y}`)).toBe(true);
  });

  it('text goes only into the label attribute, escaped', () => {
    const svg = render(<QrSvg text={'<script>"x"</script>'} />);
    expect(svg).not.toContain('<script>');
  });
});
