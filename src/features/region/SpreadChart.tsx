import { useId } from 'react';
import type { Spread } from '../../domain/region';

export type SpreadRow = { label: string; spread: Spread | null; target: number | null };

type Props = {
  rows: readonly SpreadRow[];
  max: number;
  title: string;
  description: string;
  legend: { box: string; whisker: string; median: string; target: string };
  format: (value: number | null) => string;
};

const pct = (value: number, max: number) => `${(Math.max(0, Math.min(value, max)) / max) * 100}%`;
const span = (from: number, to: number, max: number) => ({
  left: pct(from, max),
  width: `${((Math.min(to, max) - Math.max(from, 0)) / max) * 100}%`,
});

/**
 * A box plot per row in HTML and CSS, in the style of the report's bar chart (ui/BarChart): the
 * whisker from the lowest to the highest kommun, the box from the lower to the upper quartile, the
 * median across it, and the target as a mark above. Labels wrap, it reflows on a phone and prints
 * sharp. The title and description say the same as text; the table beside it is the full alternative.
 */
export function SpreadChart({ rows, max, title, description, legend, format }: Props) {
  const id = useId();
  const ticks = Array.from({ length: max + 1 }, (_, i) => i);
  return (
    <figure className="bars spread">
      <figcaption id={`${id}-title`} className="bars__title">
        {title}
      </figcaption>
      <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="bars__plot">
        {rows.map((r) => (
          <div className="bars__row" key={r.label}>
            <span className="bars__label">{r.label}</span>
            <span className="bars__track spread__track">
              {ticks.map((i) => (
                <span key={i} className="bars__grid" style={{ left: pct(i, max) }} />
              ))}
              {r.spread && (
                <>
                  <span className="spread__whisker" style={span(r.spread.min, r.spread.max, max)} />
                  <span className="spread__end" style={{ left: pct(r.spread.min, max) }} />
                  <span className="spread__end" style={{ left: pct(r.spread.max, max) }} />
                  <span className="spread__box" style={span(r.spread.q1, r.spread.q3, max)} />
                  <span className="spread__median" style={{ left: pct(r.spread.median, max) }} />
                </>
              )}
              {r.target !== null && <span className="spread__target" style={{ left: pct(r.target, max) }} />}
            </span>
          </div>
        ))}
        <div className="bars__row bars__row--axis">
          <span className="bars__label" />
          <span className="bars__track bars__track--axis spread__track">
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
          <span className="spread__key spread__key--box" /> {legend.box}
        </span>
        <span>
          <span className="spread__key spread__key--median" /> {legend.median}
        </span>
        <span>
          <span className="spread__key spread__key--whisker" /> {legend.whisker}
        </span>
        <span>
          <span className="spread__key spread__key--target" /> {legend.target}
        </span>
      </p>
    </figure>
  );
}
