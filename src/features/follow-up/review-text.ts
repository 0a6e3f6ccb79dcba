import type { ReviewDecision, ManagementReview } from '../../domain/follow-up/review';
import type { Change } from '../../domain/follow-up/progress';
import type { PlanItem } from '../../domain/plan/types';
import type { Localized, Questionnaire } from '../../domain/questionnaire/schema';
import type { Assessment } from '../../domain/assessment/types';
import { actionTemplates, shownTexts } from '../../domain/plan/texts';
import { quarterName } from '../../domain/plan/calendar';
import { formatLevel } from '../../i18n/format';
import type { Translate } from '../../i18n';
import type { Language } from '../../i18n/language';
import { roleNames } from '../../domain/plan/settings';

export type ReviewWords = { t: Translate; loc: (text: Localized) => string; language: Language };

/** The same words on the page, on paper and in the Word file. */
export function reviewTexts(questionnaire: Questionnaire, assessment: Assessment, words: ReviewWords) {
  const { t, loc, language } = words;
  const templates = actionTemplates(questionnaire);
  const roles = roleNames(questionnaire.roles, assessment.planSettings, loc);
  const title = (i: PlanItem) =>
    shownTexts(i, i.templateId ? templates.get(i.templateId) : undefined, language).title;
  const role = (id: string) => roles.get(id) ?? id;
  const owner = (i: PlanItem) => `${role(i.ownerRole)}${i.ownerName ? ` (${i.ownerName})` : ''}`;
  const status = (s: PlanItem['status']) => t(`plan.status.${s}`);
  const quarter = (q: number) => t('plan.quarter.named', quarterName(q));
  const level = (v: number | null) => formatLevel(v, language);
  return {
    loc,
    title,
    owner,
    role,
    status,
    quarter,
    level,
    statusLine: (r: ManagementReview) =>
      t('followUp.statusLine', {
        total: r.counts.total,
        done: r.counts.klar,
        doing: r.counts.pagar,
        todo: r.counts['ej-paborjad'],
        paused: r.counts.vilande,
      }),
    change: (c: Change<PlanItem>) =>
      t('followUp.change', {
        date: c.change.at.slice(0, 10),
        title: title(c.item),
        from: status(c.from),
        to: status(c.change.status),
      }),
    decision: (d: ReviewDecision) => {
      switch (d.kind) {
        case 'overdue':
          return t('review.decision.overdue', { count: d.count });
        case 'paused':
          return t('review.decision.paused', { count: d.count });
        case 'legal':
          if (d.notInPlace === 0) return t('review.decision.legalAssess', { notAssessed: d.notAssessed });
          return d.notAssessed > 0
            ? t('review.decision.legal', { notInPlace: d.notInPlace, notAssessed: d.notAssessed })
            : t('review.decision.legalInPlace', { notInPlace: d.notInPlace });
        case 'reassess':
          return t('review.decision.reassess', { by: d.by });
        case 'next':
          return t('review.decision.next', { date: d.date });
      }
    },
  };
}

export type ReviewTexts = ReturnType<typeof reviewTexts>;
