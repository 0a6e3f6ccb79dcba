import { useId } from 'react';
import { useT } from '../../i18n';
import type { Spread } from '../../domain/region';

export type PictureRow = { label: string; own: number | null; spread: Spread | null };

const pct = (value: number) => `${(Math.max(0, Math.min(value, 5)) / 5) * 100}%`;
const TICKS = [0, 1, 2, 3, 4, 5];

/**
 * Per area the region's spread (a line from min to max, a box from the lower to the upper quartile,
 * the median across it) with the kommun's own level marked on it. HTML and CSS like the report's bar
 * chart, so labels wrap and the chart reflows; the table after it holds the same figures.
 */
export function PictureChart({
  rows,
  format,
}: {
  rows: readonly PictureRow[];
  format: (v: number | null) => string;
}) {
  const t = useT();
  const id = useId();
  const shown = rows.filter((r) => r.spread && r.own !== null);
  const description = t('regionSend.picture.chartDesc', {
    below: shown.filter((r) => r.own! < r.spread!.median).length,
    total: shown.length,
  });
  return (
    <figure className="own-spread">
      <figcaption id={`${id}-title`} className="own-spread__title">
        {t('regionSend.picture.chartTitle')}
      </figcaption>
      <div
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="own-spread__plot"
      >
        {rows.map((r) => (
          <div className="own-spread__row" key={r.label}>
            <span className="own-spread__label">{r.label}</span>
            <span className="own-spread__track">
              {TICKS.map((i) => (
                <span key={i} className="own-spread__grid" style={{ left: pct(i) }} />
              ))}
              {r.spread ? (
                <>
                  <span
                    className="own-spread__whisker"
                    style={{
                      left: pct(r.spread.min),
                      width: `calc(${pct(r.spread.max)} - ${pct(r.spread.min)})`,
                    }}
                  />
                  <span
                    className="own-spread__box"
                    style={{
                      left: pct(r.spread.q1),
                      width: `calc(${pct(r.spread.q3)} - ${pct(r.spread.q1)})`,
                    }}
                  />
                  <span className="own-spread__median" style={{ left: pct(r.spread.median) }} />
                </>
              ) : (
                <span className="own-spread__none">{t('regionSend.picture.tooFew')}</span>
              )}
              {r.own !== null && <span className="own-spread__own" style={{ left: pct(r.own) }} />}
            </span>
          </div>
        ))}
        <div className="own-spread__row own-spread__row--axis">
          <span className="own-spread__label" />
          <span className="own-spread__track own-spread__track--axis">
            {TICKS.map((i) => (
              <span key={i} className="own-spread__tick" style={{ left: pct(i) }}>
                {format(i)}
              </span>
            ))}
          </span>
        </div>
      </div>
      <p id={`${id}-desc`} className="visually-hidden">
        {description}
      </p>
      <p className="own-spread__legend" aria-hidden="true">
        <span>
          <span className="own-spread__key own-spread__key--box" /> {t('regionSend.picture.legendBox')}
        </span>
        <span>
          <span className="own-spread__key own-spread__key--median" /> {t('regionSend.picture.legendMedian')}
        </span>
        <span>
          <span className="own-spread__key own-spread__key--own" /> {t('regionSend.picture.legendOwn')}
        </span>
      </p>
    </figure>
  );
}
