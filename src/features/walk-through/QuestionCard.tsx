import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Question, Questionnaire } from '../../domain/questionnaire/schema';
import { isCslRequirement } from '../../domain/questionnaire/legal-basis';
import { LIMITS, type Answer, type AnswerValue } from '../../domain/assessment/types';
import { localize, useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { saveAnswer } from '../../data/save-answer';
import { useDebouncedSave } from '../../ui/use-debounced-save';
import { Toast } from '../../ui/Toast';
import { reasonMissing, toForm, toValue, type AnswerForm } from './answer-form';
import { GuidanceDetails } from './GuidanceDetails';

const UNDO_MS = 8000;

type Props = {
  assessmentId: string;
  question: Question;
  questionnaire: Questionnaire;
  answer: Answer | undefined;
  index: number;
  total: number;
  /** The area's target level, marked among the levels. */
  target: number;
  /** The question the shortcuts act on. */
  current: boolean;
  onFocusQuestion: () => void;
  /** A choice was made (by click, arrow keys or a shortcut); auto-advance listens here. */
  onChosen: (choice: AnswerForm['choice']) => void;
};

/** The element id of a question's card, for the shortcuts and "nästa obesvarade". */
export const questionElementId = (questionId: string) => `fraga-${questionId}`;

export function QuestionCard(props: Props) {
  const { assessmentId, question, questionnaire, answer, index, total, target, current } = props;
  const t = useT();
  const language = useLanguage((s) => s.language);
  const values = useMemo(() => toForm(answer), [answer]);
  const { register, getValues, setValue, control } = useForm<AnswerForm>({
    values,
    resetOptions: { keepDirtyValues: true },
  });
  const save = (patch: Parameters<typeof saveAnswer>[2], leaving = false) =>
    void saveAnswer(assessmentId, question.id, patch, leaving ? { known: answer } : undefined);
  const noteSaver = useDebouncedSave((note: string, leaving) => save({ note }, leaving));
  const reasonSaver = useDebouncedSave((reason: string, leaving) => {
    if (getValues('choice') === 'na') save({ value: toValue('na', reason), carriedOver: false }, leaving);
  });
  const [full, setFull] = useState(false);
  // "Ej tillämplig" asks for its reason; the error waits until the user has left the empty field.
  const [reasonLeft, setReasonLeft] = useState(false);
  const [undo, setUndo] = useState<AnswerValue | null>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (undoTimer.current && clearTimeout(undoTimer.current)), []);

  const id = question.id;
  const text = localize(question.text, language);
  const levelsFallback = question.levels.some((l) => localize(l, language).fallback);
  const choice = register('choice', {
    onChange: (e: { target: { value: AnswerForm['choice'] } }) => {
      setReasonLeft(false);
      save({ value: toValue(e.target.value, getValues('naReason')), carriedOver: false });
      props.onChosen(e.target.value);
    },
  });
  const [chosen, reason] = useWatch({ control, name: ['choice', 'naReason'] });
  const naError = reasonMissing(chosen, reason) && reasonLeft;

  const clear = () => {
    if (!answer?.value) return;
    setUndo(answer.value);
    // The choice the user made is a dirty field, which a reset from storage would keep: clear it here.
    setValue('choice', '', { shouldDirty: false });
    save({ value: null, carriedOver: false });
    if (undoTimer.current) clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setUndo(null), UNDO_MS);
  };

  return (
    // Each card is its own form so that its radio buttons form their own group.
    <form
      id={questionElementId(id)}
      className={`question${current ? ' question--current' : ''}${full ? ' question--full' : ''}`}
      aria-labelledby={`${id}-number ${id}-text`}
      onSubmit={(e) => e.preventDefault()}
      onFocus={props.onFocusQuestion}
      noValidate
    >
      <fieldset>
        <legend>
          <span className="question__head">
            <span className="muted" id={`${id}-number`}>
              {t('walk.question', { n: index + 1, total })}
            </span>
            {isCslRequirement(question) && <span className="tag tag--law">{t('walk.lawRequired')}</span>}
            {answer?.carriedOver && <span className="tag tag--warn">{t('walk.carried')}</span>}
          </span>
          <h2 id={`${id}-text`}>
            {text.text}
            {text.fallback && <span className="muted"> {t('walk.svOnly')}</span>}
          </h2>
        </legend>
        {levelsFallback && <p className="muted question__note">{t('walk.svOnly')}</p>}
        <div className="choices choices--grid">
          {questionnaire.scale.map((level) => (
            <label className={`choice${level.level === target ? ' choice--target' : ''}`} key={level.level}>
              <input type="radio" value={String(level.level)} {...choice} />
              <span>
                <span className="choice__name">
                  {t('walk.level', { level: level.level, name: localize(level.name, language).text })}
                  {level.level === target && <span className="tag tag--target">{t('walk.targetTag')}</span>}
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
        <div className="question__tools">
          <button
            type="button"
            className="button button--link"
            aria-pressed={full}
            onClick={() => setFull((f) => !f)}
          >
            {full ? t('walk.showShort') : t('walk.showFull')}
          </button>
          <GuidanceDetails question={question} />
        </div>
      </fieldset>
      {chosen === 'na' && (
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
              onBlur: () => {
                setReasonLeft(true);
                reasonSaver.flush();
              },
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
          <button type="button" className="button button--link" onClick={clear}>
            {t('walk.clear')}
          </button>
        )}
      </div>
      {undo && (
        <Toast>
          <span>{t('walk.cleared', { n: index + 1 })}</span>
          <button
            type="button"
            className="button button--link"
            onClick={() => {
              setValue('choice', toForm({ ...answer!, value: undo }).choice, { shouldDirty: false });
              save({ value: undo, carriedOver: false });
              setUndo(null);
            }}
          >
            {t('walk.undo')}
          </button>
        </Toast>
      )}
    </form>
  );
}
