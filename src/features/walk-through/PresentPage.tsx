import { useState } from 'react';
import { localize, useT, useLocalize } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { LIMITS, type Answer } from '../../domain/assessment/types';
import { neighbourQuestion, nextUnanswered, overallProgress } from '../../domain/assessment/progress';
import { appendToNote, voteSpread } from '../../domain/assessment/vote';
import { today } from '../../domain/ids';
import { targetFor } from '../../domain/scoring/targets';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { Assessment } from '../../domain/assessment/types';
import { useAssessmentData } from '../../data/use-assessment-data';
import { saveAnswer } from '../../data/save-answer';
import { useDebouncedSave } from '../../ui/use-debounced-save';
import { toForm, toValue } from './answer-form';
import { PresentChoices, type Choice } from './PresentChoices';
import { useShortcuts } from './shortcuts';

/**
 * Workshop mode for a projector: one question in large type, high contrast, nothing else on the
 * screen; keys or a clicker move through the questions. A round of votes shows the spread and saves
 * the level the group agrees on, with the votes written into the answer's note. Works offline like
 * the rest: everything is in the page and IndexedDB.
 */
export default function PresentPage({ id, questionId }: { id: string; questionId?: string }) {
  const t = useT();
  const data = useAssessmentData(id);
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  return (
    <Presentation
      assessment={data.assessment}
      questionnaire={data.questionnaire}
      answers={data.answers}
      startAt={questionId}
    />
  );
}

function Presentation({
  assessment,
  questionnaire,
  answers,
  startAt,
}: {
  assessment: Assessment;
  questionnaire: Questionnaire;
  answers: ReadonlyMap<string, Answer>;
  startAt: string | undefined;
}) {
  const t = useT();
  const loc = useLocalize();
  const language = useLanguage((s) => s.language);
  const all = questionnaire.areas.flatMap((area) => area.questions.map((question) => ({ area, question })));
  const [current, setCurrent] = useState(
    () =>
      all.find((p) => p.question.id === startAt)?.question.id ??
      nextUnanswered(questionnaire, answers)?.questionId ??
      all[0]!.question.id,
  );
  const [votes, setVotes] = useState<number[] | null>(null);
  const [agreed, setAgreed] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const place = all.find((p) => p.question.id === current) ?? all[0]!;
  const { area, question } = place;
  const answer = answers.get(question.id);
  const chosen = toForm(answer).choice;
  const target = targetFor(area, assessment).level;
  const levels = questionnaire.scale.length;
  const base = `#/skattning/${encodeURIComponent(assessment.id)}`;
  const progress = overallProgress(questionnaire, answers);
  const spread = votes ? voteSpread(votes, levels) : null;
  const reasonSaver = useDebouncedSave((reason: string, leaving) =>
    saveAnswer(
      assessment.id,
      question.id,
      { value: toValue('na', reason), carriedOver: false },
      leaving ? { known: answer } : undefined,
    ),
  );

  const goTo = (questionId: string) => {
    setCurrent(questionId);
    setVotes(null);
    setAgreed(null);
    setStatus('');
    // The address follows, so a reload or a bookmark comes back to the same question.
    history.replaceState(null, '', `${base}/visning/${encodeURIComponent(questionId)}`);
    requestAnimationFrame(() => document.getElementById('present-question')?.focus());
  };
  const choose = (choice: Choice) => {
    void saveAnswer(assessment.id, question.id, {
      value: toValue(choice, answer?.value?.kind === 'not-applicable' ? answer.value.reason : ''),
      carriedOver: false,
    });
    if (choice === 'na') requestAnimationFrame(() => document.getElementById('present-reason')?.focus());
  };
  const startVote = () => {
    setVotes([]);
    setAgreed(null);
    setStatus('');
  };
  const addVote = (level: number) => setVotes((v) => [...(v ?? []), level]);
  const saveVote = () => {
    if (!spread || !votes) return;
    const level = agreed ?? spread.median;
    const line = t('present.voteNote', {
      date: today(),
      votes: votes.join(', '),
      count: spread.count,
      min: spread.min,
      max: spread.max,
      level,
    });
    void saveAnswer(assessment.id, question.id, {
      value: { kind: 'level', level },
      note: appendToNote(answer?.note ?? '', line, LIMITS.note),
      carriedOver: false,
    });
    setVotes(null);
    setStatus(t('present.saved', { level }));
  };

  useShortcuts(
    (action) => {
      if (action.kind === 'leave') {
        window.location.assign(
          `${base}/omrade/${encodeURIComponent(area.id)}/${encodeURIComponent(question.id)}`,
        );
      } else if (action.kind === 'vote') {
        if (votes) setVotes(null);
        else startVote();
      } else if (action.kind === 'next' || action.kind === 'previous') {
        const next = neighbourQuestion(questionnaire, question.id, action.kind === 'next' ? 1 : -1);
        if (next) goTo(next.questionId);
        else setStatus(action.kind === 'next' ? t('present.last') : '');
      } else if (action.kind === 'nextOpen') {
        const next = nextUnanswered(questionnaire, answers, question.id);
        if (next) goTo(next.questionId);
        else setStatus(t('walk.allAnswered'));
      } else if (votes && /^[0-9]$/.test(action.choice)) {
        addVote(Number(action.choice));
      } else {
        choose(action.choice);
      }
    },
    levels - 1,
    true,
  );

  const areaIndex = questionnaire.areas.indexOf(area);
  const text = localize(question.text, language);
  return (
    <div className="present">
      <Page title={`${t('present.title')} – ${assessment.organisation}`} heading={t('present.title')}>
        <p className="present__where">
          {t('present.where', {
            area: `${areaIndex + 1}. ${loc(area.title)}`,
            n: area.questions.indexOf(question) + 1,
            total: area.questions.length,
          })}{' '}
          · {t('walk.progressAllText', { answered: progress.answered, total: progress.total })}
        </p>
        <section className="present__question" aria-labelledby="present-question">
          <h2 id="present-question" tabIndex={-1} lang={text.fallback ? 'sv' : undefined}>
            {text.text}
          </h2>
          <PresentChoices
            questionnaire={questionnaire}
            question={question}
            target={target}
            chosen={chosen}
            choose={choose}
          />
          {chosen === 'na' && (
            <div className="field present__reason">
              <label htmlFor="present-reason">{t('present.naReason')}</label>
              <textarea
                id="present-reason"
                key={question.id}
                maxLength={LIMITS.reason}
                defaultValue={answer?.value?.kind === 'not-applicable' ? answer.value.reason : ''}
                onChange={(e) => reasonSaver.schedule(e.target.value)}
                onBlur={reasonSaver.flush}
              />
            </div>
          )}
        </section>
        {votes && (
          <section className="present__vote" aria-labelledby="vote-title">
            <h2 id="vote-title">{t('present.vote')}</h2>
            <p>{t('present.voteIntro')}</p>
            <div className="present__vote-buttons" role="group" aria-label={t('present.voteAdd')}>
              {questionnaire.scale.map((level) => (
                <button
                  key={level.level}
                  type="button"
                  className="present__vote-button"
                  aria-label={t('present.voteFor', { level: level.level })}
                  onClick={() => addVote(level.level)}
                >
                  {level.level}
                </button>
              ))}
            </div>
            <p role="status">
              {spread
                ? `${t('present.votes', { count: spread.count })}: ${votes.join(', ')}. ${t(
                    'present.spread',
                    {
                      min: spread.min,
                      max: spread.max,
                      median: spread.median,
                    },
                  )}`
                : t('present.noVotes')}
            </p>
            {spread && (
              <>
                <ol className="present__tally" aria-hidden="true">
                  {spread.tally.map((n, level) => (
                    <li key={level}>
                      <span>{level}</span>
                      <span
                        className="present__tally-bar"
                        style={{ width: `${(n / spread.count) * 100}%` }}
                      />
                      <span>{n}</span>
                    </li>
                  ))}
                </ol>
                <fieldset className="present__agree">
                  <legend>{t('present.agree')}</legend>
                  {questionnaire.scale.map((level) => (
                    <label key={level.level}>
                      <input
                        type="radio"
                        name="agreed"
                        value={level.level}
                        checked={(agreed ?? spread.median) === level.level}
                        onChange={() => setAgreed(level.level)}
                      />{' '}
                      {level.level}
                    </label>
                  ))}
                </fieldset>
              </>
            )}
            <div className="actions">
              <button type="button" className="present__button" disabled={!spread} onClick={saveVote}>
                {t('present.save')}
              </button>
              <button
                type="button"
                className="present__button present__button--quiet"
                disabled={!spread}
                onClick={() => setVotes((v) => (v ? v.slice(0, -1) : v))}
              >
                {t('present.undoVote')}
              </button>
              <button
                type="button"
                className="present__button present__button--quiet"
                onClick={() => setVotes(null)}
              >
                {t('present.cancelVote')}
              </button>
            </div>
          </section>
        )}
        <p role="status" className="present__status">
          {status}
        </p>
        <nav className="present__nav" aria-label={t('present.title')}>
          <button
            type="button"
            className="present__button present__button--quiet"
            onClick={() => {
              const p = neighbourQuestion(questionnaire, question.id, -1);
              if (p) goTo(p.questionId);
            }}
          >
            ← {t('present.previous')}
          </button>
          <button
            type="button"
            className="present__button present__button--quiet"
            onClick={() => {
              const p = neighbourQuestion(questionnaire, question.id, 1);
              if (p) goTo(p.questionId);
              else setStatus(t('present.last'));
            }}
          >
            {t('present.next')} →
          </button>
          {!votes && (
            <button type="button" className="present__button present__button--quiet" onClick={startVote}>
              {t('present.voteStart')}
            </button>
          )}
          <a
            className="present__button present__button--quiet"
            href={`${base}/omrade/${encodeURIComponent(area.id)}/${encodeURIComponent(question.id)}`}
          >
            {t('present.leave')}
          </a>
        </nav>
        <p className="present__keys">{t('present.keys')}</p>
      </Page>
    </div>
  );
}
