import { describe, expect, it } from 'vitest';
import { answer, level, realQuestionnaire } from '../../test/sample';
import { answersByQuestion } from '../assessment/progress';
import { planItem } from '../plan/fixtures/items';
import { CHECKLIST } from './checklist';
import { dutyRow, dutyRows } from './duties';
import { emptyLegalRecord, type TrainingEntry } from './types';

const bank = realQuestionnaire();
const duty = (id: string) => CHECKLIST.duties.find((d) => d.id === id)!;
const training = (name: string, date: string | null, extra: Partial<TrainingEntry> = {}): TrainingEntry => ({
  id: `t-${name}-${date}`,
  name,
  body: 'Kommunstyrelsen',
  course: 'MCF:s webbutbildning',
  date,
  updatedAt: '2026-03-01T08:00:00.000Z',
  ...extra,
});

describe('dutyRow', () => {
  it('derives the status from the linked answers and lists what is missing', () => {
    const answers = answersByQuestion([answer('inc-03', level(3)), answer('inc-05', level(1))]);
    const row = dutyRow(duty('csl-2-6'), bank, answers, emptyLegalRecord(), []);
    expect(row.derived).toBe('delvis');
    expect(row.status).toBe('delvis');
    expect(row.missing).toEqual([{ kind: 'question', questionId: 'inc-05', level: 1 }]);
  });

  it('a status set by hand wins, the derived one stays visible, and nothing is listed missing when in place', () => {
    const legal = emptyLegalRecord();
    legal.duties['csl-2-7'] = {
      status: 'pa-plats',
      reason: 'Rutinen beslutad 2026-02-01',
      evidence: 'Dnr 12',
      updatedAt: '',
    };
    const row = dutyRow(duty('csl-2-7'), bank, new Map(), legal, []);
    expect(row.derived).toBe('inte-bedomt');
    expect(row.status).toBe('pa-plats');
    expect(row.missing).toEqual([]);
  });

  it('registration: a checkpoint decided by the date, since no question asks about it (bank 1.1.0)', () => {
    const legal = emptyLegalRecord();
    const before = dutyRow(duty('csl-2-2'), bank, new Map(), legal, []);
    expect(before.missing).toEqual([{ kind: 'registration' }]);
    expect(before.status).toBe('inte-bedomt');
    legal.place.registeredDate = '2026-02-10';
    const after = dutyRow(duty('csl-2-2'), bank, new Map(), legal, []);
    expect(after.linked).toEqual([]);
    expect(after.status).toBe('pa-plats');
    expect(after.missing).toEqual([]);
    // Set by hand, the status still wins over the date.
    legal.duties['csl-2-2'] = {
      status: 'delvis',
      reason: 'Kontaktpersonen har bytts',
      evidence: '',
      updatedAt: '2026-03-01',
    };
    expect(dutyRow(duty('csl-2-2'), bank, new Map(), legal, []).status).toBe('delvis');
  });

  it('training: the log decides once someone is in it, and names who is missing', () => {
    const answers = answersByQuestion([answer('utb-02', level(4))]);
    const legal = emptyLegalRecord();
    expect(dutyRow(duty('csl-2-4'), bank, answers, legal, []).status).toBe('pa-plats');
    legal.trainings = [
      training('Anna Ek', '2026-02-01'),
      training('Bo Lind', null),
      training(' anna ek ', null),
    ];
    const row = dutyRow(duty('csl-2-4'), bank, answers, legal, []);
    expect(row.status).toBe('delvis');
    expect(row.missing).toEqual([{ kind: 'training', name: 'Bo Lind' }]);
    legal.trainings = [training('Bo Lind', null)];
    expect(dutyRow(duty('csl-2-4'), bank, answers, legal, []).status).toBe('saknas');
    legal.trainings = [training('Bo Lind', '2026-03-01')];
    expect(dutyRow(duty('csl-2-4'), bank, new Map(), legal, []).status).toBe('pa-plats');
  });

  it('shows the plan items on the linked questions, not dismissed ones', () => {
    const items = [
      planItem({ id: 'p1', questionId: 'inc-03' }),
      planItem({ id: 'p2', questionId: 'inc-03', dismissedReason: 'Görs av regionen' }),
      planItem({ id: 'p3', questionId: 'led-01' }),
    ];
    expect(
      dutyRow(duty('csl-2-5'), bank, new Map(), emptyLegalRecord(), items).plan.map((i) => i.id),
    ).toEqual(['p1']);
  });

  it('takes in the questions whose legal basis is the duty’s paragraph', () => {
    const bare = {
      areas: [
        {
          ...bank.areas[0]!,
          questions: [
            {
              ...bank.areas[0]!.questions[0]!,
              id: 'ny-01',
              legalBasis: [{ kind: 'csl-duty' as const, paragraph: '2:5-8' as const }],
            },
          ],
        },
      ],
    };
    expect(
      dutyRow(duty('csl-2-6'), bare, new Map(), emptyLegalRecord(), []).linked.map((l) => l.questionId),
    ).toEqual(['inc-03', 'inc-05', 'ny-01']);
  });

  it('one row per duty', () => {
    expect(dutyRows(CHECKLIST, bank, new Map(), emptyLegalRecord(), [])).toHaveLength(
      CHECKLIST.duties.length,
    );
  });
});
