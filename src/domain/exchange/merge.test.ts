import { describe, expect, it } from 'vitest';
import { fullBundle } from './fixtures/full-bundle';
import { theirCopy } from './fixtures/their-copy';
import { diffBundles } from './merge';
import { MergeError } from './merge-error';

const mine = fullBundle();
const theirs = theirCopy;
const T2 = '2026-03-08T10:00:00.000Z';

describe('diffBundles', () => {
  it('finds nothing in identical copies, even exported at different times', () => {
    expect(
      diffBundles(
        mine,
        theirs(() => {}),
      ),
    ).toEqual({
      assessmentId: 'a1',
      theirLabel: 'Ekby kommun, exporterad 2026-03-09',
      automatic: [],
      conflicts: [],
    });
  });

  it('ignores bookkeeping: timestamps, where the user was, regeneration flags', () => {
    const plan = diffBundles(
      mine,
      theirs((b) => {
        b.assessment.updatedAt = T2;
        b.assessment.lastAreaId = 'styrning';
        b.answers[0]!.updatedAt = T2;
        b.actions[0]!.isNew = true;
        b.actions[0]!.updatedAt = T2;
      }),
    );
    expect(plan.automatic).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });

  it('takes over automatically what mine lacks', () => {
    const base = fullBundle();
    base.assessment.scope = '';
    delete base.assessment.targets.skydd;
    base.answers = base.answers.filter((a) => a.questionId !== 'sky-01');
    base.answers.find((a) => a.questionId === 'sty-00')!.value = null;
    base.actions = base.actions.filter((a) => a.id !== 'p4');
    base.actions[0]!.ownerName = '';
    const other = theirs((b) => {
      b.answers.find((a) => a.questionId === 'sty-01')!.note = 'Ny anteckning';
    });
    const plan = diffBundles(base, other);
    expect(plan.conflicts).toEqual([]);
    expect(
      plan.automatic.map((c) => [
        c.kind,
        'field' in c
          ? c.field
          : 'areaId' in c
            ? c.areaId
            : 'questionId' in c
              ? c.questionId
              : 'actionId' in c
                ? c.actionId
                : c.kind,
      ]),
    ).toEqual([
      ['detail', 'scope'],
      ['target', 'skydd'],
      ['answer', 'sty-00'],
      ['answer', 'sty-01'],
      ['answer', 'sky-01'],
      ['action', 'p1'],
      ['action', 'p4'],
    ]);
    const sty00 = plan.automatic[2]!;
    expect(sty00.kind === 'answer' && sty00.result.value).toEqual({ kind: 'level', level: 0 });
    const p1 = plan.automatic[5]!;
    expect(p1.kind === 'action' && p1.result).toEqual({ ...base.actions[0], ownerName: 'Åsa Öberg' });
  });

  it('never empties anything of mine because theirs is empty', () => {
    const plan = diffBundles(
      mine,
      theirs((b) => {
        b.assessment.participants = '';
        b.assessment.targets = {};
        b.answers = b.answers.map((a) => ({ ...a, value: null, note: '', flagged: false }));
        b.actions = b.actions.map((a) => ({ ...a, ownerName: '', note: '', due: null }));
      }),
    );
    expect(plan).toMatchObject({ automatic: [], conflicts: [] });
  });

  it('keeps a flag set on either side, and a confirmation made on either side', () => {
    const plan = diffBundles(
      mine,
      theirs((b) => {
        b.answers.find((a) => a.questionId === 'sty-01')!.flagged = true;
        b.answers.find((a) => a.questionId === 'sky-04')!.carriedOver = false;
      }),
    );
    expect(plan.conflicts).toEqual([]);
    expect(plan.automatic).toMatchObject([
      { kind: 'answer', questionId: 'sty-01', result: { flagged: true } },
      { kind: 'answer', questionId: 'sky-04', result: { carriedOver: false, flagged: true } },
    ]);
  });

  it('lists a conflict for each detail set differently on both sides', () => {
    const plan = diffBundles(
      mine,
      theirs((b) => {
        b.assessment.organisation = 'Ekby kommunkoncern';
        b.assessment.scope = 'Hela kommunen';
        b.assessment.participants = 'Anna Åberg, Dan';
        b.assessment.date = '2026-03-02';
      }),
    );
    expect(plan.conflicts).toEqual([
      {
        id: 'detail:organisation',
        kind: 'detail',
        field: 'organisation',
        mine: 'Ekby kommun',
        theirs: 'Ekby kommunkoncern',
        both: null,
        options: ['mine', 'theirs'],
      },
      {
        id: 'detail:scope',
        kind: 'detail',
        field: 'scope',
        mine: mine.assessment.scope,
        theirs: 'Hela kommunen',
        both: null,
        options: ['mine', 'theirs'],
      },
      {
        id: 'detail:participants',
        kind: 'detail',
        field: 'participants',
        mine: 'Anna Åberg, Bo Öst; Cia',
        theirs: 'Anna Åberg, Dan',
        both: 'Anna Åberg, Bo Öst; Cia, Dan',
        options: ['mine', 'theirs', 'both'],
      },
      {
        id: 'detail:date',
        kind: 'detail',
        field: 'date',
        mine: '2026-03-01',
        theirs: '2026-03-02',
        both: null,
        options: ['mine', 'theirs'],
      },
    ]);
  });

  it('sees no conflict when their participants are all among mine', () => {
    const plan = diffBundles(
      mine,
      theirs((b) => (b.assessment.participants = 'cia, Anna Åberg')),
    );
    expect(plan.conflicts).toEqual([]);
  });

  it('lists a conflict for a target whose level or reason differs', () => {
    const plan = diffBundles(
      mine,
      theirs((b) => {
        b.assessment.targets.styrning = { level: 3, reason: 'KS beslut 2026-02-12 ✅' };
        b.assessment.targets.skydd = { level: 3, reason: 'Enligt tjänsteskrivelse' };
      }),
    );
    expect(plan.conflicts).toEqual([
      {
        id: 'target:styrning',
        kind: 'target',
        areaId: 'styrning',
        mine: { level: 4, reason: 'KS beslut 2026-02-12 ✅' },
        theirs: { level: 3, reason: 'KS beslut 2026-02-12 ✅' },
        options: ['mine', 'theirs'],
      },
    ]);
    // Same level, and my reason was empty: theirs fills it in.
    expect(plan.automatic).toEqual([
      {
        kind: 'target',
        areaId: 'skydd',
        mine: { level: 3, reason: '' },
        result: { level: 3, reason: 'Enligt tjänsteskrivelse' },
      },
    ]);
  });

  it('lists one conflict per answer whose value differs, without a joined option', () => {
    const plan = diffBundles(
      mine,
      theirs((b) => {
        b.answers[1]!.value = { kind: 'unknown' };
        b.answers[7]!.value = { kind: 'not-applicable', reason: 'Annat skäl' };
      }),
    );
    expect(plan.conflicts.map((c) => [c.id, c.options])).toEqual([
      ['answer:sty-01', ['mine', 'theirs']],
      ['answer:sky-02', ['mine', 'theirs']],
    ]);
    expect(plan.conflicts[0]).toMatchObject({
      mine: mine.answers[1],
      theirs: { value: { kind: 'unknown' } },
      both: null,
    });
  });

  it('offers both notes joined when the notes differ and the values agree', () => {
    const plan = diffBundles(
      mine,
      theirs((b) => {
        b.answers[6]!.note = 'Deras anteckning';
        b.answers[6]!.updatedAt = T2;
      }),
    );
    expect(plan.conflicts).toEqual([
      {
        id: 'answer:sky-01',
        kind: 'answer',
        questionId: 'sky-01',
        mine: mine.answers[6],
        theirs: { ...mine.answers[6], note: 'Deras anteckning', updatedAt: T2 },
        both: {
          ...mine.answers[6],
          note: 'Fråga IT-chefen 🙂\n\n— Från Ekby kommun, exporterad 2026-03-09:\nDeras anteckning',
          updatedAt: T2,
        },
        options: ['mine', 'theirs', 'both'],
      },
    ]);
  });

  it('does not offer joined notes that would be too long to save', () => {
    const plan = diffBundles(
      mine,
      theirs((b) => (b.answers[3]!.note = 'x'.repeat(3900))),
    );
    expect(plan.conflicts).toMatchObject([{ id: 'answer:sty-03', both: null, options: ['mine', 'theirs'] }]);
  });

  it('refuses to merge different assessments or questionnaire versions', () => {
    expect(() =>
      diffBundles(
        mine,
        theirs((b) => (b.assessment.id = 'a2')),
      ),
    ).toThrow(MergeError);
    try {
      diffBundles(
        mine,
        theirs((b) => {
          b.questionnaire.version = '1.1.0';
          b.assessment.questionnaireVersion = '1.1.0';
        }),
      );
    } catch (e) {
      expect((e as MergeError).problem).toEqual({
        kind: 'different-questionnaire',
        mine: 'prov@1.0.0',
        theirs: 'prov@1.1.0',
      });
    }
  });

  it('uses a label the caller gives', () => {
    const plan = diffBundles(
      mine,
      theirs((b) => (b.answers[6]!.note = 'Annat')),
      { theirLabel: 'Bo' },
    );
    expect(plan.conflicts[0]).toMatchObject({ both: { note: 'Fråga IT-chefen 🙂\n\n— Från Bo:\nAnnat' } });
  });
});
