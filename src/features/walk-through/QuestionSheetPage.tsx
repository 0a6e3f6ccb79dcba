import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Question, Questionnaire } from '../../domain/questionnaire/schema';
import { isCslRequirement } from '../../domain/questionnaire/legal-basis';
import { targetFor } from '../../domain/scoring/targets';
import { useAssessmentData } from '../../data/use-assessment-data';
import { useLocalize, useT } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { Page } from '../../ui/Page';
import { PrintFrame } from '../../ui/PrintFrame';

type Choice = { key: string; name: string; text: string; chosen: boolean };

/** The choices of one question as printed: the six levels, vet ej and ej tillämplig. */
function useChoices(question: Question, scale: Questionnaire['scale'], answer: Answer | undefined): Choice[] {
  const t = useT();
  const loc = useLocalize();
  const value = answer?.value;
  return [
    ...scale.map((level) => ({
      key: String(level.level),
      name: t('walk.level', { level: level.level, name: loc(level.name) }),
      text: loc(question.levels[level.level]!),
      chosen: value?.kind === 'level' && value.level === level.level,
    })),
    { key: 'unknown', name: t('walk.unknown'), text: '', chosen: value?.kind === 'unknown' },
    {
      key: 'na',
      name: t('walk.na'),
      text: value?.kind === 'not-applicable' ? value.reason : '',
      chosen: value?.kind === 'not-applicable',
    },
  ];
}

function SheetQuestion({
  question,
  number,
  scale,
  answer,
}: {
  question: Question;
  number: string;
  scale: Questionnaire['scale'];
  answer: Answer | undefined;
}) {
  const t = useT();
  const loc = useLocalize();
  const choices = useChoices(question, scale, answer);
  return (
    <section className="sheet-question" aria-labelledby={`sheet-${question.id}`}>
      <h3 id={`sheet-${question.id}`}>
        {number} {loc(question.text)}
      </h3>
      {isCslRequirement(question) && <p className="tag tag--law">{t('walk.lawRequired')}</p>}
      <ul className="sheet-choices">
        {choices.map((c) => (
          <li key={c.key} className={c.chosen ? 'sheet-choice sheet-choice--chosen' : 'sheet-choice'}>
            <span className="sheet-box" aria-hidden="true">
              {c.chosen ? '☒' : '☐'}
            </span>
            <span>
              <strong>{c.name}</strong>
              {c.chosen && <span className="tag tag--ok">{t('sheet.chosen')}</span>}
              {c.text && <span className="sheet-choice__text">{c.text}</span>}
            </span>
          </li>
        ))}
      </ul>
      <div className="sheet-note">
        <strong>{t('walk.note')}:</strong> {answer?.note}
      </div>
    </section>
  );
}

function Sheet({
  questionnaire,
  assessment,
  answers,
}: {
  questionnaire: Questionnaire;
  assessment: Assessment;
  answers: ReadonlyMap<string, Answer>;
}) {
  const t = useT();
  const loc = useLocalize();
  return (
    <PrintFrame
      marking={t('secrecy.marking')}
      header={
        <>
          <span>
            {assessment.organisation} · {assessment.scope}
          </span>
          <span>
            {t('sheet.title')} · {assessment.date}
          </span>
        </>
      }
    >
      <Page title={`${t('sheet.title')} – ${assessment.organisation}`}>
        <p>{t('sheet.intro')}</p>
        <div className="actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('sheet.print')}
          </button>
          <a className="button button--link" href={`#/skattning/${assessment.id}`}>
            {t('walk.toOverview')}
          </a>
        </div>
        {questionnaire.areas.map((area, a) => (
          <section key={area.id} className="sheet-area" aria-labelledby={`sheet-area-${area.id}`}>
            <h2 id={`sheet-area-${area.id}`}>
              {a + 1}. {loc(area.title)}
            </h2>
            <p className="muted">{t('sheet.target', { level: targetFor(area, assessment).level })}</p>
            {area.questions.map((question, q) => (
              <SheetQuestion
                key={question.id}
                question={question}
                number={`${a + 1}.${q + 1}`}
                scale={questionnaire.scale}
                answer={answers.get(question.id)}
              />
            ))}
          </section>
        ))}
      </Page>
    </PrintFrame>
  );
}

/** Every question with its levels, for a workshop or for answering on paper; chosen answers are marked. */
export default function QuestionSheetPage({ id }: { id: string }) {
  const t = useT();
  const data = useAssessmentData(id);
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  return <Sheet questionnaire={data.questionnaire} assessment={data.assessment} answers={data.answers} />;
}
