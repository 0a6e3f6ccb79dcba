import { localize, useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import type { Question, Questionnaire } from '../../domain/questionnaire/schema';
import type { AnswerForm } from './answer-form';

export type Choice = Exclude<AnswerForm['choice'], ''>;

type Props = {
  questionnaire: Questionnaire;
  question: Question;
  /** The area's target level, marked among the levels. */
  target: number;
  chosen: AnswerForm['choice'];
  choose: (choice: Choice) => void;
};

function OtherChoice({
  shortcut,
  label,
  pressed,
  onClick,
}: {
  shortcut: string;
  label: string;
  pressed: boolean;
  onClick: () => void;
}) {
  return (
    <li>
      <button
        type="button"
        className="present__choice present__choice--other"
        aria-pressed={pressed}
        onClick={onClick}
      >
        <span className="present__name">
          <kbd>{shortcut}</kbd> {label}
        </span>
      </button>
    </li>
  );
}

/** The six levels, vet ej and ej tillämplig as large buttons for the projector, each with its key. */
export function PresentChoices({ questionnaire, question, target, chosen, choose }: Props) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  return (
    <ul className="present__levels" aria-label={t('present.levels')}>
      {questionnaire.scale.map((level) => {
        const levelText = localize(question.levels[level.level]!, language);
        return (
          <li key={level.level}>
            <button
              type="button"
              className="present__choice"
              aria-pressed={chosen === String(level.level)}
              onClick={() => choose(String(level.level) as Choice)}
            >
              <span className="present__name">
                <kbd>{level.level}</kbd> {localize(level.name, language).text}
                {level.level === target && <span className="present__tag">{t('present.target')}</span>}
              </span>
              <span className="present__text" lang={levelText.fallback ? 'sv' : undefined}>
                {levelText.text}
              </span>
            </button>
          </li>
        );
      })}
      <OtherChoice
        shortcut="V"
        label={t('walk.unknown')}
        pressed={chosen === 'unknown'}
        onClick={() => choose('unknown')}
      />
      <OtherChoice shortcut="E" label={t('walk.na')} pressed={chosen === 'na'} onClick={() => choose('na')} />
    </ul>
  );
}
