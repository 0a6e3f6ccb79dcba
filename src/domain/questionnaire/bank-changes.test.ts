import { describe, expect, it } from 'vitest';
import { realQuestionnaire } from '../../test/sample';
import { answerConsequences, changesSince, followId } from './bank-changes';
import { checkChanges } from './check';
import type { Questionnaire } from './schema';

const bank = (over: Partial<Questionnaire> = {}) => ({ ...realQuestionnaire(), ...over });

describe('changes of the question bank since a version', () => {
  it('lists the entries after the version, oldest first, and none for the current version', () => {
    const q = realQuestionnaire();
    expect(changesSince(q, '1.0.0').map((c) => c.version)).toEqual(['1.0.1', '1.1.0', '1.2.0']);
    expect(changesSince(q, '1.0.1').map((c) => c.version)).toEqual(['1.1.0', '1.2.0']);
    expect(changesSince(q, '1.1.0').map((c) => c.version)).toEqual(['1.2.0']);
    expect(changesSince(q, q.version)).toEqual([]);
  });

  it('follows a split question to its successor', () => {
    expect(followId(realQuestionnaire(), '1.0.1', 'sky-02')).toBe('sky-09');
    expect(followId(realQuestionnaire(), '1.1.0', 'sky-02')).toBe('sky-02');
  });
});

describe('what the changes mean for the answers', () => {
  it('from 1.0.0: new questions to answer, a moved answer, answers to look at again', () => {
    const result = answerConsequences(realQuestionnaire(), '1.0.0', ['led-01', 'sky-02', 'kon-03', 'led-04']);
    expect(result).not.toBeNull();
    expect(result!.moved).toEqual([{ from: 'sky-02', to: 'sky-09' }]);
    expect(result!.added).toContain('sky-10');
    expect(result!.added).toContain('dri-01');
    expect(result!.added).not.toContain('sky-09');
    // led-01 since 1.1.0 too: its level 4 now names a measure and a target (issue 14, point 4).
    expect(result!.recheck.toSorted()).toEqual(['kon-03', 'led-01', 'led-04']);
    expect(result!.dropped).toEqual([]);
    expect(result!.to).toBe(realQuestionnaire().version);
  });

  it('from 1.0.1: sky-08 moves to sky-11, ver-06 is no longer included, sky-12 is new', () => {
    const result = answerConsequences(realQuestionnaire(), '1.0.1', ['sky-08', 'ver-06', 'ver-01']);
    expect(result!.moved).toEqual([{ from: 'sky-08', to: 'sky-11' }]);
    expect(result!.dropped).toEqual(['ver-06']);
    expect(result!.added).toContain('sky-12');
    expect(result!.added).not.toContain('sky-11');
  });

  it('from 1.1.0: each split answer goes to the first part, the second part is new and unanswered', () => {
    const result = answerConsequences(realQuestionnaire(), '1.1.0', ['sky-04', 'sam-04', 'sam-06', 'iam-05']);
    expect(result!.moved).toEqual([
      { from: 'sky-04', to: 'sky-13' },
      { from: 'sam-04', to: 'sam-10' },
      { from: 'sam-06', to: 'sam-08' },
    ]);
    expect(result!.added).toEqual(expect.arrayContaining(['inc-09', 'sam-09', 'sam-11']));
    expect(result!.added).not.toContain('sky-13');
    expect(result!.recheck).toEqual(['iam-05']);
    expect(result!.dropped).toEqual([]);
  });

  it('does not ask to look again at a changed question that was never answered', () => {
    // Since 1.1.0 rewrote level 4 everywhere, every old question is changed; only a moved answer is left
    // to show that the changed questions nobody answered are not listed.
    expect(answerConsequences(realQuestionnaire(), '1.0.1', ['sky-02'])!.recheck).toEqual([]);
    expect(answerConsequences(realQuestionnaire(), '1.0.1', ['led-01'])!.recheck).toEqual(['led-01']);
  });

  it('reports an answer to a removed question without successor as dropped', () => {
    const q = bank({
      idMappings: [{ fromVersion: '1.0.1', questions: { 'sky-02': null } }],
    });
    expect(answerConsequences(q, '1.0.1', ['sky-02'])!.dropped).toEqual(['sky-02']);
  });

  it('has nothing to tell for the current version or a newer one', () => {
    const q = realQuestionnaire();
    expect(answerConsequences(q, q.version, ['led-01'])).toBeNull();
    expect(answerConsequences(q, '9.0.0', ['led-01'])).toBeNull();
  });
});

describe('the change log is checked', () => {
  it('is sound in the real bank', () => {
    expect(checkChanges(realQuestionnaire())).toEqual([]);
  });

  it('finds a missing entry for the current version, a removed question still present, and an unknown id', () => {
    const q = realQuestionnaire();
    expect(checkChanges({ ...q, version: '1.3.0' }).map((p) => p.message)).toEqual([
      'version 1.3.0 saknar en beskrivning av vad som ändrats',
    ]);
    const last = q.changes.at(-1)!;
    const broken = { ...last, added: [...last.added, 'xxx-99'], removed: [...last.removed, 'led-01'] };
    const messages = checkChanges({ ...q, changes: [...q.changes.slice(0, -1), broken] }).map(
      (p) => p.message,
    );
    expect(messages).toContain('frågan xxx-99 finns inte');
    expect(messages).toContain('frågan led-01 är borttagen men finns kvar');
    expect(messages).toContain('idMappings säger inte vart svaret på led-01 tar vägen');
  });
});
