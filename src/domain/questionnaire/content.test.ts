import { describe, expect, it } from 'vitest';
import { checkQuestionnaire, countContent, uncoveredNis2Letters } from './check';
import { realQuestionnaire } from '../../test/sample';

/** The rules from the content guide, enforced over the real question bank. */
describe('the kommun questionnaire', () => {
  const q = realQuestionnaire();

  it('passes every content rule', () => {
    expect(checkQuestionnaire(q)).toEqual([]);
  });

  it('has thirteen areas with 5–8 questions each and at least 70 questions in all', () => {
    expect(q.areas).toHaveLength(13);
    for (const area of q.areas) {
      expect(area.questions.length, area.id).toBeGreaterThanOrEqual(5);
      expect(area.questions.length, area.id).toBeLessThanOrEqual(8);
    }
    expect(countContent(q).questions).toBeGreaterThanOrEqual(70);
  });

  it('covers every letter a–j of NIS2 article 21.2', () => {
    expect(uncoveredNis2Letters(q)).toEqual([]);
  });

  it('has six distinct non-empty levels and actions for every step up to 3 on every question', () => {
    for (const question of q.areas.flatMap((a) => a.questions)) {
      expect(new Set(question.levels.map((l) => l.sv)).size, question.id).toBe(6);
      for (const step of [1, 2, 3])
        expect(
          question.actions.some((a) => a.toLevel === step),
          `${question.id} → ${step}`,
        ).toBe(true);
    }
  });

  it('has area actions for the upper steps in every area', () => {
    for (const area of q.areas) {
      expect(
        area.areaActions.some((a) => a.toLevel === 4),
        area.id,
      ).toBe(true);
      expect(
        area.areaActions.some((a) => a.toLevel === 5),
        area.id,
      ).toBe(true);
    }
  });

  it('gives English for every area title and question text', () => {
    for (const area of q.areas) {
      expect(area.title.en, area.id).toBeTruthy();
      for (const question of area.questions) expect(question.text.en, question.id).toBeTruthy();
    }
  });
});
