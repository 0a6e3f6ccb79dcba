import { useLocalize, useT } from '../../i18n';
import { useFormatLevel } from '../../i18n/use-format';
import { BarChart } from '../../ui/BarChart';
import { largestAreaGap } from '../../domain/scoring/report';
import type { Report } from './use-report';

/** The chart of current against target per area, with its facts in words for screen readers. */
export function AreaChart({ report }: { report: Report }) {
  const t = useT();
  const loc = useLocalize();
  const fmt = useFormatLevel();
  const { areas, overall } = report.score;
  const worst = largestAreaGap(areas);
  const description = [
    t('report.chartDesc', { below: overall.areasBelowTarget, total: areas.length }),
    worst
      ? t('report.chartDescMax', {
          area: loc(worst.area.title),
          now: fmt(worst.average),
          target: worst.target,
        })
      : '',
  ].join(' ');
  const before = report.comparison
    ? new Map(report.comparison.areas.map((c) => [c.area.id, c.before]))
    : null;
  return (
    <BarChart
      max={5}
      format={fmt}
      title={t('report.chartTitle')}
      description={description}
      legend={{
        value: t('report.legend.value'),
        target: t('report.legend.target'),
        before: t('report.legend.before'),
      }}
      rows={areas.map((a) => ({
        label: loc(a.area.title),
        value: a.average,
        target: a.target,
        ...(before ? { before: before.get(a.area.id) ?? null } : {}),
      }))}
    />
  );
}
