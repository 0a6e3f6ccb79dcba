export type BarRow = { label: string; value: number | null; target: number; before?: number | null };

type Props = {
  rows: readonly BarRow[];
  max: number;
  title: string;
  description: string;
  legend: { value: string; target: string; before?: string };
};

const ROW = 34;
const LABEL = 260;
const PLOT = 380;
const PAD = 12;

/**
 * Horizontal bars (current level) with a target marker per row, in plain SVG so that it prints
 * sharp at any size. The title and description carry the same facts as text; a table beside it
 * is the full alternative.
 */
export function BarChart(props: Props) {
  // Two drawings of the same facts: the wide one beside its labels, the narrow one (a phone, 200 %
  // zoom) with each label above its bar, so the text never shrinks below a readable size. CSS shows one.
  return (
    <figure className="chart">
      <WideChart {...props} />
      <NarrowChart {...props} />
    </figure>
  );
}

function Legend({ legend, hasBefore }: { legend: Props['legend']; hasBefore: boolean }) {
  return (
    <>
      <rect width={14} height={10} y={-9} className="chart__bar" />
      <text x={20}>{legend.value}</text>
      <line x1={150} x2={150} y1={-12} y2={2} className="chart__target" />
      <text x={158}>{legend.target}</text>
      {hasBefore && legend.before && (
        <>
          <rect x={250} width={14} height={6} y={-7} className="chart__before" />
          <text x={270}>{legend.before}</text>
        </>
      )}
    </>
  );
}

function WideChart({ rows, max, title, description, legend }: Props) {
  const hasBefore = rows.some((r) => r.before !== undefined);
  const height = rows.length * ROW + 56;
  const width = LABEL + PLOT + PAD * 2 + 44;
  const x = (v: number) => LABEL + PAD + (v / max) * PLOT;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="chart-title chart-desc"
      className="chart__svg chart__svg--wide"
    >
      <title id="chart-title">{title}</title>
      <desc id="chart-desc">{description}</desc>
      {Array.from({ length: max + 1 }, (_, i) => (
        <g key={i}>
          <line x1={x(i)} x2={x(i)} y1={8} y2={rows.length * ROW + 8} className="chart__grid" />
          <text x={x(i)} y={rows.length * ROW + 26} textAnchor="middle" className="chart__tick">
            {i}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = 8 + i * ROW;
        return (
          <g key={r.label}>
            <text x={LABEL} y={y + ROW / 2 + 5} textAnchor="end" className="chart__label">
              {r.label.length > 34 ? `${r.label.slice(0, 33)}…` : r.label}
            </text>
            {hasBefore && r.before != null && (
              <rect x={x(0)} y={y + 4} width={x(r.before) - x(0)} height={6} className="chart__before" />
            )}
            <rect
              x={x(0)}
              y={y + 11}
              width={r.value === null ? 0 : x(r.value) - x(0)}
              height={16}
              className="chart__bar"
            />
            <line x1={x(r.target)} x2={x(r.target)} y1={y + 5} y2={y + ROW - 3} className="chart__target" />
            <text x={x(max) + 14} y={y + 24} className="chart__value">
              {r.value === null ? '–' : r.value.toLocaleString('sv-SE')}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${LABEL + PAD}, ${rows.length * ROW + 40})`} className="chart__legend">
        <Legend legend={legend} hasBefore={hasBefore} />
      </g>
    </svg>
  );
}

/**
 * The narrow drawing is 300 units wide, about the width of the chart on a 320 px screen, so its text
 * is drawn at least at its CSS size there (and larger on a wider phone). A long area name wraps onto
 * a second line instead of being cut short.
 */
const NARROW = { width: 300, plot: 250, pad: 8, line: 16, chars: 36 };

/** Greedy word wrap into at most two lines of about `chars` characters; a third line is cut with "…". */
export function wrapLabel(label: string, chars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > chars) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(' ');
  return [lines[0]!, `${second.slice(0, chars - 1).trimEnd()}…`];
}

function NarrowChart({ rows, max, title, description, legend }: Props) {
  const hasBefore = rows.some((r) => r.before !== undefined);
  const { width, plot, pad, line, chars } = NARROW;
  const x = (v: number) => pad + (v / max) * plot;
  // Each row: its label's lines, then the bars; rows with a two-line label are taller.
  const wrapped = rows.map((r) => ({ r, lines: wrapLabel(r.label, chars) }));
  const heights = wrapped.map(({ lines }) => lines.length * line + 36);
  const placed = wrapped.map((w, i) => ({ ...w, y: 4 + heights.slice(0, i).reduce((a, b) => a + b, 0) }));
  const plotBottom = 4 + heights.reduce((a, b) => a + b, 0);
  const legendLines = hasBefore && legend.before ? 3 : 2;
  const height = plotBottom + 46 + (legendLines - 1) * line + 8;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby="chart-title-narrow chart-desc-narrow"
      className="chart__svg chart__svg--narrow"
    >
      <title id="chart-title-narrow">{title}</title>
      <desc id="chart-desc-narrow">{description}</desc>
      {Array.from({ length: max + 1 }, (_, i) => (
        <g key={i}>
          <line x1={x(i)} x2={x(i)} y1={18} y2={plotBottom} className="chart__grid" />
          <text x={x(i)} y={plotBottom + 18} textAnchor="middle" className="chart__tick">
            {i}
          </text>
        </g>
      ))}
      {placed.map(({ r, lines, y }) => {
        const b = y + lines.length * line;
        return (
          <g key={r.label}>
            <text y={y + 14} className="chart__label">
              {lines.map((text, n) => (
                <tspan key={n} x={pad} dy={n === 0 ? 0 : line}>
                  {text}
                </tspan>
              ))}
            </text>
            {hasBefore && r.before != null && (
              <rect x={x(0)} y={b + 6} width={x(r.before) - x(0)} height={6} className="chart__before" />
            )}
            <rect
              x={x(0)}
              y={b + 13}
              width={r.value === null ? 0 : x(r.value) - x(0)}
              height={14}
              className="chart__bar"
            />
            <line x1={x(r.target)} x2={x(r.target)} y1={b + 6} y2={b + 30} className="chart__target" />
            <text x={x(max) + 8} y={b + 25} className="chart__value">
              {r.value === null ? '–' : r.value.toLocaleString('sv-SE')}
            </text>
          </g>
        );
      })}
      <g transform={`translate(${pad}, ${plotBottom + 42})`} className="chart__legend">
        <rect width={14} height={10} y={-9} className="chart__bar" />
        <text x={20}>{legend.value}</text>
        <line x1={7} x2={7} y1={line - 12} y2={line + 2} className="chart__target" />
        <text x={20} y={line}>
          {legend.target}
        </text>
        {legendLines === 3 && (
          <>
            <rect width={14} height={6} y={2 * line - 7} className="chart__before" />
            <text x={20} y={2 * line}>
              {legend.before}
            </text>
          </>
        )}
      </g>
    </svg>
  );
}
