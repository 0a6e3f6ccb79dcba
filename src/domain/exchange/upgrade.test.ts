import { describe, expect, it } from 'vitest';
import { fullBundle } from './fixtures/full-bundle';
import { upgradeStored, type StoredParts } from './upgrade';

function stored(version: string): StoredParts {
  const b = fullBundle();
  return {
    assessment: { ...b.assessment, questionnaireVersion: version },
    answers: b.answers,
    actions: b.actions,
  };
}
const id = fullBundle().questionnaire.id;

describe('upgradeStored', () => {
  it('does nothing for a current, newer or foreign assessment', () => {
    const app = { id, version: '1.0.1', idMappings: [] };
    expect(upgradeStored(stored('1.0.1'), app)).toBeNull();
    expect(upgradeStored(stored('2.0.0'), app)).toBeNull();
    expect(upgradeStored(stored('1.0.0'), { ...app, id: 'annan' })).toBeNull();
  });

  it('takes a patch release by its version alone, keeping every answer and updatedAt', () => {
    const before = stored('1.0.0');
    const result = upgradeStored(before, { id, version: '1.0.1', idMappings: [] });
    expect(result?.droppedQuestionIds).toEqual([]);
    expect(result?.parts.assessment).toEqual({ ...before.assessment, questionnaireVersion: '1.0.1' });
    expect(result?.parts.answers).toEqual(before.answers);
    expect(result?.parts.actions).toEqual(before.actions);
  });

  it('moves answers and actions to renamed questions and reports removed ones', () => {
    const before = stored('1.0.0');
    const [renamed, removed] = before.answers.map((a) => a.questionId);
    const result = upgradeStored(before, {
      id,
      version: '2.0.0',
      idMappings: [{ fromVersion: '1.0.0', questions: { [renamed!]: `${renamed}-ny`, [removed!]: null } }],
    });
    const ids = result?.parts.answers.map((a) => a.questionId);
    expect(ids).toContain(`${renamed}-ny`);
    expect(ids).not.toContain(removed);
    expect(result?.droppedQuestionIds).toContain(removed);
    const moved = before.actions.filter((a) => a.questionId === renamed).map((a) => a.id);
    for (const action of result!.parts.actions.filter((a) => moved.includes(a.id)))
      expect(action.questionId).toBe(`${renamed}-ny`);
  });
});
