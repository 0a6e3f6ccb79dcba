import { useT, type MessageKey } from '../../i18n';
import { Page } from '../../ui/Page';

const SECTIONS: [MessageKey, MessageKey][] = [
  ['method.levels', 'method.levelsText'],
  ['method.progress', 'method.progressText'],
  ['method.average', 'method.averageText'],
  ['method.cumulative', 'method.cumulativeText'],
  ['method.coverage', 'method.coverageText'],
  ['method.gap', 'method.gapText'],
  ['method.overall', 'method.overallText'],
  ['method.law', 'method.lawText'],
  ['method.plan', 'method.planText'],
  ['method.words', 'method.wordsText'],
];

/** "Så räknar vi": the scoring rules of docs/scoring.md, in the app. */
export default function MethodPage() {
  const t = useT();
  return (
    <Page title={t('method.title')}>
      <p>{t('method.intro')}</p>
      {SECTIONS.map(([heading, text]) => (
        <section key={heading}>
          <h2>{t(heading)}</h2>
          <p>{t(text)}</p>
        </section>
      ))}
    </Page>
  );
}
