import { useId } from 'react';

export type BarRow = { label: string; value: number | null; target: number; before?: number | null };

type Props = {
  rows: readonly BarRow[];
  max: number;
  title: string;
  description: string;
  legend: { value: string; target: string; before?: string };
  /** Numbers in the reader's language (2,5 or 2.5); null as a dash. */
  format: (value: number | null) => string;
};

const pct = (value: number, max: number) => `${(Math.max(0, Math.min(value, max)) / max) * 100}%`;

/**
 * Horizontal bars (current level) with the target as a neutral mark, in HTML and CSS so that labels
 * wrap instead of being cut, the value sits at the end of its bar, and the chart reflows on a phone
 * (label above its bar) and prints sharp. The title and description carry the same facts as text;
 * a table beside it is the full alternative.
 */
export function BarChart({ rows, max, title, description, legend, format }: Props) {
  const id = useId();
  const hasBefore = rows.some((r) => r.before != null);
  const ticks = Array.from({ length: max + 1 }, (_, i) => i);
  return (
    <figure className="bars">
      <figcaption id={`${id}-title`} className="bars__title">
        {title}
      </figcaption>
      <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="bars__plot">
        {rows.map((r) => (
          <div className="bars__row" key={r.label}>
            <span className="bars__label">{r.label}</span>
            <span className="bars__track">
              {ticks.map((i) => (
                <span key={i} className="bars__grid" style={{ left: pct(i, max) }} />
              ))}
              {hasBefore && r.before != null && (
                <span className="bars__before" style={{ width: pct(r.before, max) }} />
              )}
              <span className="bars__bar" style={{ width: r.value === null ? 0 : pct(r.value, max) }} />
              <span className="bars__value" style={{ left: r.value === null ? 0 : pct(r.value, max) }}>
                {format(r.value)}
              </span>
              <span className="bars__target" style={{ left: pct(r.target, max) }} />
            </span>
          </div>
        ))}
        <div className="bars__row bars__row--axis">
          <span className="bars__label" />
          <span className="bars__track bars__track--axis">
            {ticks.map((i) => (
              <span key={i} className="bars__tick" style={{ left: pct(i, max) }}>
                {format(i)}
              </span>
            ))}
          </span>
        </div>
      </div>
      <p id={`${id}-desc`} className="visually-hidden">
        {description}
      </p>
      <p className="bars__legend" aria-hidden="true">
        <span>
          <span className="bars__key bars__key--bar" /> {legend.value}
        </span>
        <span>
          <span className="bars__key bars__key--target" /> {legend.target}
        </span>
        {hasBefore && legend.before && (
          <span>
            <span className="bars__key bars__key--before" /> {legend.before}
          </span>
        )}
      </p>
    </figure>
  );
}
