import { describe, expect, it } from 'vitest';
import type { ShareBundle } from './bundle';
import { fullBundle } from './fixtures/full-bundle';
import { theirCopy } from './fixtures/their-copy';
import { diffBundles, diffWithQuestionnaire } from './merge';
import { MergeError } from './merge-error';

const mine = fullBundle();
const theirs = theirCopy;

describe('diffWithQuestionnaire', () => {
  const at = (version: string, b: ShareBundle): ShareBundle => ({
    ...b,
    questionnaire: { ...b.questionnaire, version },
    assessment: { ...b.assessment, questionnaireVersion: version },
  });
  const app = (
    version: string,
    idMappings: { fromVersion: string; questions: Record<string, string | null> }[] = [],
  ) => ({
    id: mine.questionnaire.id,
    version,
    idMappings,
  });

  it('merges my copy from before an app update with a colleague’s copy on the new version', () => {
    const old = at('1.0.0', fullBundle());
    const theirsNow = at(
      '1.0.1',
      theirs(() => {}),
    );
    expect(() => diffBundles(old, theirsNow)).toThrow(MergeError);
    const { mine: mapped, plan } = diffWithQuestionnaire(old, theirsNow, app('1.0.1'));
    expect(mapped.questionnaire.version).toBe('1.0.1');
    expect(mapped.assessment.questionnaireVersion).toBe('1.0.1');
    expect(mapped.assessment.updatedAt).toBe(old.assessment.updatedAt);
    expect(plan.conflicts).toEqual([]);
    expect(plan.automatic).toEqual([]);
  });

  it('moves my answers to renamed questions before comparing', () => {
    const old = at('1.0.0', fullBundle());
    const renamed = old.answers[0]!.questionId;
    const theirsNow = at(
      '1.1.0',
      theirs((b) => {
        b.answers[0] = { ...b.answers[0]!, questionId: `${renamed}-ny` };
      }),
    );
    const { mine: mapped, plan } = diffWithQuestionnaire(
      old,
      theirsNow,
      app('1.1.0', [{ fromVersion: '1.0.0', questions: { [renamed]: `${renamed}-ny` } }]),
    );
    expect(mapped.answers[0]!.questionId).toBe(`${renamed}-ny`);
    expect(plan.conflicts).toEqual([]);
  });

  it('still refuses a copy of another questionnaire', () => {
    const other = theirs((b) => {
      b.questionnaire.id = 'annan';
    });
    expect(() => diffWithQuestionnaire(mine, other, app(mine.questionnaire.version))).toThrow(MergeError);
  });
});
