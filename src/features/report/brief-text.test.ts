import { beforeAll, describe, expect, it } from 'vitest';
import { answersByQuestion } from '../../domain/assessment/progress';
import { completeness, countAllAnswers } from '../../domain/assessment/answer-counts';
import { scoreAssessment } from '../../domain/scoring/scores';
import { legalStatus } from '../../domain/scoring/legal';
import { areaHasCslRequirement } from '../../domain/questionnaire/legal-basis';
import { verdictFor } from '../../domain/brief/verdict';
import { answer, assessment, level, realQuestionnaire } from '../../test/sample';
import { loadCatalogue, localize, translate } from '../../i18n';
import { verdictSentences, type Words } from './brief-text';

const real = realQuestionnaire();
beforeAll(() => loadCatalogue('en'));
const words = (language: 'sv' | 'en'): Words => ({
  t: (key, params) => translate(language, key, params),
  loc: (text) => localize(text, language).text,
  language,
});

describe('the verdict sentence', () => {
  it('at level 0 everywhere, says the basics are missing in every assessed area and how many carry the law', () => {
    const answers = answersByQuestion(
      real.areas.flatMap((a) => a.questions).map((q) => answer(q.id, level(0))),
    );
    const score = scoreAssessment(real, answers, assessment());
    const brief = verdictFor(
      score.areas,
      legalStatus(score.areas),
      completeness(countAllAnswers(real, answers)),
    );
    const all = real.areas.length;
    const withLaw = real.areas.filter(areaHasCslRequirement).length;
    expect(withLaw).toBeLessThan(all);
    const [sv] = verdictSentences(brief, words('sv'));
    expect(sv).toBe(
      `Grunderna saknas i ${all} av ${all} bedömda områden. I ${withLaw} av dem ställer cybersäkerhetslagen krav. Tabellen visar vilka.`,
    );
    expect(verdictSentences(brief, words('en'))[0]).toContain(`missing in ${all} of ${all}`);
  });
});
