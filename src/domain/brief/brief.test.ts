import { describe, expect, it } from 'vitest';
import { answersByQuestion } from '../assessment/progress';
import { COMPLETE_SHARE, completeness, countAllAnswers } from '../assessment/answer-counts';
import { scoreAssessment } from '../scoring/scores';
import { legalStatus } from '../scoring/legal';
import { isCslRequirement } from '../questionnaire/legal-basis';
import { answer, assessment, level, realQuestionnaire, sampleQuestionnaire } from '../../test/sample';
import { areaStatus } from './area-status';
import { verdictFor } from './verdict';
import { largestRisks } from './risks';
import { decisionBrief } from './brief';
import type { Answer } from '../assessment/types';

const real = realQuestionnaire();
const questions = real.areas.flatMap((a) => a.questions);

/** The first `n` questions of the real bank answered at level 1, as a new user trying the tool. */
function firstAnswered(n: number, value = level(1)): Map<string, Answer> {
  return answersByQuestion(questions.slice(0, n).map((q) => answer(q.id, value)));
}

describe('honest counts: not assessed is never not in place', () => {
  it('with 14 of 84 answered, counts only the answered legal requirements as not in place', () => {
    const answers = firstAnswered(14);
    const legal = legalStatus(scoreAssessment(real, answers, assessment()).areas);
    const legalInFirst14 = questions.slice(0, 14).filter(isCslRequirement).length;
    const legalAll = questions.filter(isCslRequirement).length;
    expect(legal.notInPlace).toHaveLength(legalInFirst14);
    expect(legal.notAssessed).toHaveLength(legalAll - legalInFirst14);
    expect(legal.inPlace).toHaveLength(0);
    expect(legal.total).toBe(legalAll);
    expect(legalInFirst14).toBeLessThan(legalAll / 2);
  });

  it('puts vet ej among not assessed, level 3 in place, and ej tillämplig outside the total', () => {
    const q = sampleQuestionnaire();
    const answers = answersByQuestion([
      answer('sty-01', level(3)),
      answer('sty-02', level(2)),
      answer('sky-01', { kind: 'unknown' }),
      answer('sky-02', { kind: 'not-applicable', reason: 'Ingen egen drift' }),
    ]);
    const legal = legalStatus(scoreAssessment(q, answers, assessment()).areas);
    expect(legal.inPlace.map((r) => r.question.id)).toEqual(['sty-01']);
    expect(legal.notInPlace.map((r) => r.question.id)).toEqual(['sty-02']);
    expect(legal.notAssessed.map((r) => r.question.id)).toEqual(['sky-01']);
    expect(legal.unknown).toBe(1);
    expect(legal.notApplicable.map((r) => r.question.id)).toEqual(['sky-02']);
    expect(legal.total).toBe(3);
  });

  it('counts besvarad one way, with vet ej and ej tillämplig beside it', () => {
    const q = sampleQuestionnaire();
    const answers = answersByQuestion([
      answer('sty-01', level(3)),
      answer('sty-02', { kind: 'unknown' }),
      answer('sty-03', { kind: 'not-applicable', reason: 'Ingen' }),
      answer('sky-01', { kind: 'not-applicable', reason: '  ' }),
      answer('sky-02', null, { note: 'bara en anteckning' }),
    ]);
    const counts = countAllAnswers(q, answers);
    expect(counts).toMatchObject({
      answered: 3,
      withLevel: 1,
      unknown: 1,
      notApplicable: 1,
      reasonMissing: 1,
      unanswered: counts.total - 3,
    });
  });

  it('calls an assessment incomplete below the threshold, and says what the figures rest on', () => {
    const total = questions.length;
    const justBelow = Math.ceil(total * COMPLETE_SHARE) - 1;
    expect(completeness(countAllAnswers(real, firstAnswered(14)))).toMatchObject({
      basis: 14,
      applicable: total,
      incomplete: true,
    });
    expect(completeness(countAllAnswers(real, firstAnswered(justBelow))).incomplete).toBe(true);
    expect(completeness(countAllAnswers(real, firstAnswered(justBelow + 1))).incomplete).toBe(false);
    // Vet ej is an answer, but gives no level: the figures do not rest on it.
    const unknowns = answersByQuestion(questions.map((q) => answer(q.id, { kind: 'unknown' })));
    expect(countAllAnswers(real, unknowns).answered).toBe(total);
    expect(completeness(countAllAnswers(real, unknowns)).incomplete).toBe(true);
  });
});

describe('verdict rules', () => {
  const q = sampleQuestionnaire();
  const brief = (values: Record<string, Answer['value']>, targets = {}) => {
    const answers = answersByQuestion(Object.entries(values).map(([id, v]) => answer(id, v)));
    const a = assessment({ targets });
    const score = scoreAssessment(q, answers, a);
    const legal = legalStatus(score.areas);
    return verdictFor(score.areas, legal, completeness(countAllAnswers(q, answers)));
  };
  const all = (n: number) =>
    Object.fromEntries(q.areas.flatMap((a) => a.questions).map((x) => [x.id, level(n)]));

  it('says nothing is assessed when no question has a level', () => {
    expect(brief({}).verdict).toEqual({ kind: 'none' });
    expect(brief({}).incomplete).toMatchObject({ basis: 0 });
  });

  it('names the areas with the law where the basics are missing', () => {
    const v = brief(all(0));
    expect(v.verdict.kind).toBe('basics-law');
    expect(v.verdict.kind === 'basics-law' && v.verdict.areas.map((a) => a.id)).toEqual([
      'styrning',
      'skydd',
    ]);
    expect(v.law).toEqual({ kind: 'law-open', notInPlace: 4, notAssessed: 0, total: 4 });
    expect(v.incomplete).toBeNull();
    expect(v.verdict).toMatchObject({ count: 2, assessed: 2, named: true });
  });

  it('counts the areas instead of naming them when there are more than a sentence can carry', () => {
    const answers = answersByQuestion(questions.map((x) => answer(x.id, level(0))));
    const score = scoreAssessment(real, answers, assessment());
    const v = verdictFor(score.areas, legalStatus(score.areas), completeness(countAllAnswers(real, answers)));
    // At level 0 the verdict counts the areas where the law makes demands, out of every assessed area.
    const withLaw = real.areas.filter((a) => a.questions.some(isCslRequirement)).length;
    expect(withLaw).toBeGreaterThan(3);
    expect(v.verdict).toMatchObject({
      kind: 'basics-law',
      count: withLaw,
      basics: real.areas.length,
      assessed: real.areas.length,
      named: false,
    });
  });

  it('names the area furthest below target when the basics are there', () => {
    const v = brief({ ...all(2), 'sky-01': level(3), 'sky-02': level(3), 'sky-03': level(3) });
    expect(v.verdict).toMatchObject({ kind: 'below', below: 1, assessed: 2 });
    expect(v.verdict.kind === 'below' && v.verdict.worst.id).toBe('styrning');
  });

  it('says the targets are met, and that the law is met, when they are', () => {
    const v = brief(all(3));
    expect(v.verdict).toEqual({ kind: 'met', assessed: 2 });
    expect(v.law).toEqual({ kind: 'law-ok', total: 4 });
  });

  it('tells legal requirements not assessed apart from ones not in place', () => {
    const v = brief({ 'sty-01': level(3), 'sty-02': level(3), 'sty-03': level(3) });
    expect(v.law).toEqual({ kind: 'law-unknown', notAssessed: 2, total: 4 });
    expect(v.incomplete).not.toBeNull();
  });

  it('gives an area no status when under half of it has a level', () => {
    expect(areaStatus({ average: 0, target: 3, coverage: { answered: 1, applicable: 3 } })).toBe(
      'not-assessed',
    );
    expect(areaStatus({ average: 1.4, target: 3, coverage: { answered: 2, applicable: 3 } })).toBe(
      'basics-missing',
    );
    expect(areaStatus({ average: 1.5, target: 3, coverage: { answered: 2, applicable: 3 } })).toBe('below');
    expect(areaStatus({ average: 3, target: 3, coverage: { answered: 3, applicable: 3 } })).toBe('met');
  });

  it('shows no level beside "Inte bedömt": the mean of a few answers is not the area’s level', () => {
    // The first two questions of the first area answered, at level 1: the rest of the bank has none.
    const b = decisionBrief({
      questionnaire: real,
      assessment: assessment(),
      answers: answersByQuestion(real.areas[0]!.questions.slice(0, 2).map((q) => answer(q.id, level(1)))),
      items: [],
      today: '2026-12-01',
    });
    const first = b.areas[0]!;
    expect(first.status).toBe('not-assessed');
    expect(first.score.average).toBe(1);
    expect(first.level).toBeNull();
    const full = decisionBrief({
      questionnaire: real,
      assessment: assessment(),
      answers: answersByQuestion(real.areas[0]!.questions.map((q) => answer(q.id, level(1)))),
      items: [],
      today: '2026-12-01',
    });
    expect(full.areas[0]!.status).toBe('basics-missing');
    expect(full.areas[0]!.level).toBe(1);
  });
});

describe('largest risks', () => {
  it('takes up to five areas below target, missing basics and open law first, with the bank’s risk text', () => {
    const answers = answersByQuestion(
      real.areas.flatMap((a, i) => a.questions.map((x) => answer(x.id, level(i < 2 ? 1 : i < 9 ? 2 : 3)))),
    );
    const score = scoreAssessment(real, answers, assessment());
    const risks = largestRisks(score.areas, legalStatus(score.areas));
    expect(risks).toHaveLength(5);
    expect(risks.slice(0, 2).map((r) => r.status)).toEqual(['basics-missing', 'basics-missing']);
    expect(risks.slice(0, 2).map((r) => r.area.id)).toEqual([real.areas[0]!.id, real.areas[1]!.id]);
    for (const r of risks) expect(r.area.risk?.sv).toBeTruthy();
    for (let i = 3; i < risks.length; i++)
      expect(risks[i - 1]!.legalNotInPlace).toBeGreaterThanOrEqual(risks[i]!.legalNotInPlace);
  });

  it('has none when every assessed area meets its target', () => {
    const answers = answersByQuestion(questions.map((x) => answer(x.id, level(4))));
    const score = scoreAssessment(real, answers, assessment());
    expect(largestRisks(score.areas, legalStatus(score.areas))).toEqual([]);
  });
});
