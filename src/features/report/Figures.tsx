import { useT } from '../../i18n';
import { useFormatLevel } from '../../i18n/use-format';
import type { Report } from './use-report';

export function Figures({ report }: { report: Report }) {
  const t = useT();
  const fmt = useFormatLevel();
  const { overall, areas } = report.score;
  const items = [
    [
      t('report.fig.average'),
      overall.average === null ? t('report.none') : t('report.ofFive', { value: fmt(overall.average) }),
    ],
    [
      t('report.fig.cumulative'),
      overall.cumulative === null ? t('report.none') : t('report.ofFive', { value: overall.cumulative }),
    ],
    [
      t('report.fig.answered', { unknown: report.counts.unknown, na: report.counts.notApplicable }),
      t('report.ofTotal', { value: report.counts.answered, total: report.counts.total }),
    ],
    [
      t('report.fig.coverage'),
      t('report.ofTotal', { value: overall.coverage.answered, total: overall.coverage.applicable }),
    ],
    [t('report.fig.below'), t('report.ofTotal', { value: overall.areasBelowTarget, total: areas.length })],
  ];
  return (
    <ul className="figures">
      {items.map(([label, value]) => (
        <li key={label}>
          <strong>{value}</strong>
          {label}
        </li>
      ))}
    </ul>
  );
}
