import { useState } from 'react';
import type { Answer } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { reviewFilters, questionsToReview, type ReviewFilter } from '../../domain/assessment/review';
import { useLocalize, useT, type MessageKey } from '../../i18n';

type Props = { assessmentId: string; questionnaire: Questionnaire; answers: ReadonlyMap<string, Answer> };

const labels: Record<ReviewFilter, MessageKey> = {
  flagged: 'overview.filter.flagged',
  unanswered: 'overview.filter.unanswered',
  carried: 'overview.filter.carried',
  unknown: 'overview.filter.unknown',
};

export function ReviewList({ assessmentId, questionnaire, answers }: Props) {
  const t = useT();
  const loc = useLocalize();
  const [filter, setFilter] = useState<ReviewFilter>('flagged');
  const items = questionsToReview(questionnaire, answers, filter);
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">{t('overview.filter')}</h2>
      <div className="field">
        <label htmlFor="review-filter">{t('overview.filterLabel')}</label>
        <select id="review-filter" value={filter} onChange={(e) => setFilter(e.target.value as ReviewFilter)}>
          {reviewFilters.map((f) => (
            <option key={f} value={f}>
              {t(labels[f])}
            </option>
          ))}
        </select>
      </div>
      <p role="status">
        {items.length === 0 ? t('overview.filter.none') : t('overview.filter.count', { count: items.length })}
      </p>
      <ul>
        {items.map(({ area, question }) => (
          <li key={question.id}>
            <a href={`#/skattning/${assessmentId}/omrade/${area.id}`}>
              {loc(area.title)}: {loc(question.text)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
