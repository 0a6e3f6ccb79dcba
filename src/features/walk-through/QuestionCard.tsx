import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Question, Questionnaire } from '../../domain/questionnaire/schema';
import { isCslRequirement } from '../../domain/questionnaire/legal-basis';
import { LIMITS, type Answer } from '../../domain/assessment/types';
import { localize, useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { saveAnswer } from '../../data/save-answer';
import { useDebouncedSave } from '../../ui/use-debounced-save';
import { reasonMissing, toForm, toValue, type AnswerForm } from './answer-form';
import { GuidanceDetails } from './GuidanceDetails';

type Props = {
  assessmentId: string;
  question: Question;
  questionnaire: Questionnaire;
  answer: Answer | undefined;
  index: number;
  total: number;
};

export function QuestionCard({ assessmentId, question, questionnaire, answer, index, total }: Props) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const values = useMemo(() => toForm(answer), [answer]);
  const { register, getValues, control } = useForm<AnswerForm>({
    values,
    resetOptions: { keepDirtyValues: true },
  });
  const save = (patch: Parameters<typeof saveAnswer>[2], leaving = false) =>
    void saveAnswer(assessmentId, question.id, patch, leaving ? { known: answer } : undefined);
  const noteSaver = useDebouncedSave((note: string, leaving) => save({ note }, leaving));
  const reasonSaver = useDebouncedSave((reason: string, leaving) => {
    if (getValues('choice') === 'na') save({ value: toValue('na', reason), carriedOver: false }, leaving);
  });

  const id = question.id;
  const text = localize(question.text, language);
  const levelsFallback = question.levels.some((l) => localize(l, language).fallback);
  const choice = register('choice', {
    onChange: (e: { target: { value: AnswerForm['choice'] } }) => {
      save({ value: toValue(e.target.value, getValues('naReason')), carriedOver: false });
    },
  });
  const [current, reason] = useWatch({ control, name: ['choice', 'naReason'] });
  const naError = reasonMissing(current, reason);

  return (
    // Each card is its own form so that its radio buttons form their own group.
    <form
      className="question"
      aria-labelledby={`${id}-number ${id}-text`}
      onSubmit={(e) => e.preventDefault()}
      noValidate
    >
      <fieldset>
        <legend>
          <span className="muted" id={`${id}-number`}>
            {t('walk.question', { n: index + 1, total })}
          </span>
          <h2 id={`${id}-text`}>
            {text.text}
            {text.fallback && <span className="muted"> {t('walk.svOnly')}</span>}
          </h2>
        </legend>
        <div className="question__meta">
          {isCslRequirement(question) && <span className="tag tag--law">{t('walk.lawRequired')}</span>}
          {answer?.carriedOver && <span className="tag tag--warn">{t('walk.carried')}</span>}
        </div>
        <GuidanceDetails question={question} />
        <p className="field__label" id={`${id}-choose`}>
          {t('walk.chooseLevel')}
          {levelsFallback && <span className="muted"> {t('walk.svOnly')}</span>}
        </p>
        <div className="choices">
          {questionnaire.scale.map((level) => (
            <label className="choice" key={level.level}>
              <input type="radio" value={String(level.level)} {...choice} />
              <span>
                <span className="choice__name">
                  {t('walk.level', { level: level.level, name: localize(level.name, language).text })}
                </span>
                <span className="choice__text" lang={levelsFallback ? 'sv' : undefined}>
                  {localize(question.levels[level.level]!, language).text}
                </span>
              </span>
            </label>
          ))}
          <label className="choice choice--other">
            <input type="radio" value="unknown" {...choice} />
            <span>
              <span className="choice__name">{t('walk.unknown')}</span>
              <span className="choice__text">{t('walk.unknownHint')}</span>
            </span>
          </label>
          <label className="choice choice--other">
            <input type="radio" value="na" {...choice} />
            <span>
              <span className="choice__name">{t('walk.na')}</span>
              <span className="choice__text">{t('walk.naHint')}</span>
            </span>
          </label>
        </div>
      </fieldset>
      {current === 'na' && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('walk.naReason')}</label>
          {naError && (
            <p className="field__error" id={`${id}-reason-error`}>
              {t('walk.naReasonRequired')}
            </p>
          )}
          <textarea
            id={`${id}-reason`}
            maxLength={LIMITS.reason}
            aria-invalid={naError ? true : undefined}
            aria-describedby={naError ? `${id}-reason-error` : undefined}
            {...register('naReason', {
              onChange: (e: { target: { value: string } }) => reasonSaver.schedule(e.target.value),
              onBlur: reasonSaver.flush,
            })}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('walk.note')}</label>
        <p className="field__hint" id={`${id}-note-hint`}>
          {t('walk.noteHint')}
        </p>
        <textarea
          id={`${id}-note`}
          maxLength={LIMITS.note}
          aria-describedby={`${id}-note-hint`}
          {...register('note', {
            onChange: (e: { target: { value: string } }) => noteSaver.schedule(e.target.value),
            onBlur: noteSaver.flush,
          })}
        />
      </div>
      <div className="actions">
        <label className="checkbox">
          <input
            type="checkbox"
            {...register('flagged', {
              onChange: (e: { target: { checked: boolean } }) => save({ flagged: e.target.checked }),
            })}
          />
          <span>{t('walk.flag')}</span>
        </label>
        {answer?.carriedOver && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => save({ carriedOver: false })}
          >
            {t('walk.confirm')}
          </button>
        )}
        {answer?.value && (
          <button
            type="button"
            className="button button--link"
            onClick={() => save({ value: null, carriedOver: false })}
          >
            {t('walk.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
