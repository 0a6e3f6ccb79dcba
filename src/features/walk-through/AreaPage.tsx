import { useEffect, useState } from 'react';
import { useT, useLocalize } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import {
  areaProgress,
  neighbourQuestion,
  nextUnanswered,
  overallProgress,
  type QuestionPlace,
} from '../../domain/assessment/progress';
import { targetFor } from '../../domain/scoring/targets';
import { updateAssessment } from '../../storage/assessments';
import { useSetting } from '../../storage/hooks';
import { setSetting } from '../../storage/settings';
import { useAssessmentData } from '../../data/use-assessment-data';
import { persist } from '../../data/save-failure';
import { QuestionCard, questionElementId } from './QuestionCard';
import { AreaJump } from './AreaJump';
import { ShortcutList } from './ShortcutList';
import { useShortcuts } from './shortcuts';
import type { AnswerForm } from './answer-form';

/** Device-local preference: after a choice, move on to the next unanswered question. */
const AUTO_ADVANCE = 'autoAdvance';

/**
 * Puts a question in view below the sticky progress bar and focuses its chosen level (or its first),
 * so a screen reader announces the question and where the user is in it.
 */
export function focusQuestion(questionId: string, then?: (form: HTMLElement) => void) {
  // The card may not be drawn yet right after a navigation: try for a few frames.
  let tries = 0;
  const attempt = () => {
    const form = document.getElementById(questionElementId(questionId));
    if (!form) {
      if (++tries < 30) requestAnimationFrame(attempt);
      return;
    }
    const radio =
      form.querySelector<HTMLInputElement>('input[type=radio]:checked') ??
      form.querySelector<HTMLInputElement>('input[type=radio]');
    radio?.focus({ preventScroll: true });
    form.scrollIntoView({ block: 'start' });
    then?.(form);
  };
  requestAnimationFrame(attempt);
}

export default function AreaPage({
  id,
  areaId,
  questionId,
}: {
  id: string;
  areaId: string;
  questionId?: string;
}) {
  const t = useT();
  const loc = useLocalize();
  const data = useAssessmentData(id);
  const ready = data.status === 'ready';
  const lastAreaId = ready ? data.assessment.lastAreaId : null;
  // Shown at once when toggled; the stored value (this device) is what the next visit starts with.
  const [autoToggled, setAutoToggled] = useState<boolean | null>(null);
  const storedAutoAdvance = useSetting(AUTO_ADVANCE) === true;
  const autoAdvance = autoToggled ?? storedAutoAdvance;
  const [current, setCurrent] = useState<string | null>(questionId ?? null);
  const [noneOpen, setNoneOpen] = useState(false);

  // Remember where the user is.
  useEffect(() => {
    if (ready && lastAreaId !== areaId) void persist(updateAssessment(id, { lastAreaId: areaId }));
  }, [ready, lastAreaId, areaId, id]);

  // Arriving at a given question ("nästa obesvarade", the overview's main action): go to it.
  const [arrivedAt, setArrivedAt] = useState(questionId);
  if (arrivedAt !== questionId) {
    setArrivedAt(questionId);
    if (questionId) setCurrent(questionId);
  }
  useEffect(() => {
    if (ready && questionId) focusQuestion(questionId);
  }, [ready, questionId]);

  const questionnaire = ready ? data.questionnaire : null;
  const answers = ready ? data.answers : null;
  const index = questionnaire ? questionnaire.areas.findIndex((a) => a.id === areaId) : -1;
  const area = questionnaire?.areas[index];
  const currentId =
    current && area?.questions.some((q) => q.id === current) ? current : (area?.questions[0]?.id ?? null);

  const goTo = (place: QuestionPlace | null) => {
    setNoneOpen(place === null);
    if (!place) return;
    if (place.areaId === areaId) {
      setCurrent(place.questionId);
      focusQuestion(place.questionId);
    } else {
      window.location.assign(
        `#/skattning/${encodeURIComponent(id)}/omrade/${encodeURIComponent(place.areaId)}/${encodeURIComponent(place.questionId)}`,
      );
    }
  };
  const goToNextOpen = (after?: string) => {
    if (questionnaire && answers) goTo(nextUnanswered(questionnaire, answers, after));
  };
  const onChosen = (questionIdChosen: string, choice: AnswerForm['choice']) => {
    // Ej tillämplig waits for its reason; clearing is not a choice.
    if (autoAdvance && choice !== 'na' && choice !== '') goToNextOpen(questionIdChosen);
  };

  useShortcuts(
    (action) => {
      if (!questionnaire || !currentId) return;
      if (action.kind === 'next' || action.kind === 'previous') {
        const place = neighbourQuestion(questionnaire, currentId, action.kind === 'next' ? 1 : -1);
        if (place) goTo(place);
        return;
      }
      if (action.kind === 'nextOpen') return goToNextOpen(currentId);
      if (action.kind !== 'choose') return;
      const form = document.getElementById(questionElementId(currentId));
      const radio = form?.querySelector<HTMLInputElement>(`input[type=radio][value="${action.choice}"]`);
      if (!radio) return;
      radio.focus({ preventScroll: true });
      if (!radio.checked) radio.click();
      if (action.choice === 'na') focusQuestionField(currentId);
    },
    questionnaire ? questionnaire.scale.length - 1 : 5,
  );

  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  const { assessment } = data;
  if (!area || !questionnaire || !answers) return <Notice tone="error">{t('app.notFound.body')}</Notice>;
  const previous = questionnaire.areas[index - 1];
  const next = questionnaire.areas[index + 1];
  const progress = areaProgress(area, answers);
  const overall = overallProgress(questionnaire, answers);
  const title = loc(area.title);
  const target = targetFor(area, assessment).level;
  const base = `#/skattning/${encodeURIComponent(id)}`;

  return (
    <div className="walk">
      <Page key={area.id} title={`${title} – ${assessment.organisation}`} heading={title}>
        <p className="muted">
          {assessment.organisation} · {t('walk.areaOf', { n: index + 1, total: questionnaire.areas.length })}{' '}
          · <a href={base}>{t('walk.toOverview')}</a> ·{' '}
          <a href={`${base}/visning/${encodeURIComponent(currentId ?? '')}`}>{t('walk.present')}</a>
        </p>
        <p className="walk__intro">{loc(area.description)}</p>
        <div className="walk-bar">
          <ProgressBar value={overall.answered} max={overall.total} label={t('walk.progressAll')} />
          <ProgressBar
            value={progress.answered}
            max={progress.total}
            label={t('overview.areaProgress', { area: title })}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => goToNextOpen(currentId ?? undefined)}
          >
            {t('walk.nextOpen')} <kbd>N</kbd>
          </button>
          <label className="checkbox" title={t('walk.autoAdvanceHint')}>
            <input
              type="checkbox"
              checked={autoAdvance}
              aria-describedby="auto-advance-hint"
              onChange={(e) => {
                setAutoToggled(e.target.checked);
                void persist(setSetting(AUTO_ADVANCE, e.target.checked));
              }}
            />
            <span>{t('walk.autoAdvance')}</span>
            <span id="auto-advance-hint" className="visually-hidden">
              {t('walk.autoAdvanceHint')}
            </span>
          </label>
        </div>
        {noneOpen && (
          <p role="status" className="walk__status">
            {t('walk.allAnswered')} <a href={`${base}/rapport`}>{t('walk.toReport')}</a>
          </p>
        )}
        {progress.answered === progress.total && <p className="tag tag--ok">{t('walk.done')}</p>}
        <ShortcutList />
        {area.questions.map((q, i) => (
          <QuestionCard
            key={q.id}
            assessmentId={id}
            question={q}
            questionnaire={questionnaire}
            answer={answers.get(q.id)}
            index={i}
            total={area.questions.length}
            target={target}
            current={q.id === currentId}
            onFocusQuestion={() => setCurrent(q.id)}
            onChosen={(choice) => onChosen(q.id, choice)}
          />
        ))}
        <nav className="area-nav" aria-label={t('overview.areas')}>
          {previous ? (
            <a className="button button--secondary" href={`${base}/omrade/${previous.id}`}>
              ← {t('walk.previous')}: {loc(previous.title)}
            </a>
          ) : (
            <a className="button button--secondary" href={base}>
              ← {t('walk.toOverview')}
            </a>
          )}
          {next ? (
            <a className="button" href={`${base}/omrade/${next.id}`}>
              {t('walk.next')}: {loc(next.title)} →
            </a>
          ) : (
            <a className="button" href={`${base}/rapport`}>
              {t('overview.report')} →
            </a>
          )}
        </nav>
        <AreaJump assessmentId={id} areas={questionnaire.areas} current={area.id} />
      </Page>
    </div>
  );
}

/** After "ej tillämplig" by key, the reason field appears: put the cursor in it. */
function focusQuestionField(questionId: string) {
  let tries = 0;
  const attempt = () => {
    const field = document.getElementById(`${questionId}-reason`);
    if (field) field.focus();
    else if (++tries < 30) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
