import { beforeAll, describe, expect, it } from 'vitest';
import { answersByQuestion } from '../../domain/assessment/progress';
import { completeness, countAllAnswers } from '../../domain/assessment/answer-counts';
import { scoreAssessment } from '../../domain/scoring/scores';
import { legalStatus } from '../../domain/scoring/legal';
import { areaHasCslRequirement } from '../../domain/questionnaire/legal-basis';
import { verdictFor } from '../../domain/brief/verdict';
import { answer, assessment, level, realQuestionnaire } from '../../test/sample';
import { loadCatalogue, localize, translate } from '../../i18n';
import { decisionText, verdictSentences, type Words } from './brief-text';

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

describe('the decision to adopt the plan', () => {
  const period = { start: '2026-12-02', end: '2027-12-02' };
  const adopt = { kind: 'adopt' as const, items: 321, period, costKronor: null, costDays: null, costed: 0 };
  it('asks for the plan period alone when every action is due within it', () => {
    expect(decisionText({ ...adopt, later: 0, lastDue: null }, words('sv'))).toBe(
      'att fastställa handlingsplanen med 321 åtgärder för 2026-12-02 – 2027-12-02',
    );
  });
  it('says how many actions come after the period, and when the last is due', () => {
    expect(decisionText({ ...adopt, later: 95, lastDue: '2029-03-31' }, words('sv'))).toBe(
      'att fastställa handlingsplanen med 321 åtgärder, varav 226 ska vara klara under planperioden 2026-12-02 – 2027-12-02 och 95 senare, de sista senast 2029-03-31',
    );
    expect(decisionText({ ...adopt, later: 95, lastDue: '2029-03-31' }, words('en'))).toBe(
      'to adopt the action plan with 321 actions, 226 of them due within the plan period 2026-12-02 – 2027-12-02 and 95 later, the last by 2029-03-31',
    );
  });
});
