/** Small SVG charts for the panel: numbers are always shown beside the bars, never only as shapes. */

export interface Bar {
  label: string;
  /** The whole (a pool) and the part of it (drawn). */
  whole: number;
  part: number;
}

/** One row per bar: the whole as a light bar, the part drawn over it, scaled to the largest whole. */
export function BarChart({ bars, width = 280 }: { bars: Bar[]; width?: number }) {
  const max = Math.max(1, ...bars.map((b) => b.whole));
  const row = 16;
  const labelW = 70;
  const numW = 70;
  const barW = width - labelW - numW;
  return (
    <svg class="bar-chart" width={width} height={bars.length * row + 2} role="img" aria-label={bars.map((b) => `${b.label} ${b.part}/${b.whole}`).join('; ')}>
      {bars.map((b, i) => (
        <g transform={`translate(0, ${i * row + 1})`} data-label={b.label}>
          <text x={0} y={11} font-size="11" fill="#555">
            {b.label}
          </text>
          <rect x={labelW} y={2} width={(barW * b.whole) / max} height={row - 5} fill="#dfe6ee" />
          <rect x={labelW} y={2} width={(barW * b.part) / max} height={row - 5} fill="#1c6ca1" />
          <text x={width - numW + 4} y={11} font-size="11" fill="#333">
            {b.part} / {b.whole}
          </text>
        </g>
      ))}
    </svg>
  );
}
