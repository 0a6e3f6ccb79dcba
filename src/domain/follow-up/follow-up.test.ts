import { describe, expect, it } from 'vitest';
import { answersByQuestion } from '../assessment/progress';
import type { PlanItem, StatusChange } from '../plan/types';
import { answer, assessment, level, sampleQuestionnaire } from '../../test/sample';
import {
  changesSince,
  doneAt,
  overdueByOwner,
  overdueItems,
  progressByQuarter,
  quarterWindow,
  statusCounts,
} from './progress';
import { managementReview, newerAssessment } from './review';
import { quarterIndexOf } from '../plan/calendar';

const item = (over: Partial<PlanItem>): PlanItem =>
  ({
    id: over.id ?? 'x',
    order: 0,
    due: null,
    status: 'ej-paborjad',
    history: [],
    dismissedReason: null,
    areaId: null,
    priority: 2,
    ownerName: '',
    ...over,
  }) as PlanItem;

const h = (at: string, status: StatusChange['status']): StatusChange => ({
  at: `${at}T09:00:00.000Z`,
  status,
});

describe('progress over the year', () => {
  it('takes the done date from the last time the history says klar, and none when it does not say', () => {
    expect(
      doneAt(item({ status: 'klar', history: [h('2027-01-10', 'pagar'), h('2027-02-03', 'klar')] })),
    ).toBe('2027-02-03');
    // Reopened, then done again: the last completion counts.
    expect(
      doneAt(
        item({
          status: 'klar',
          history: [h('2027-01-10', 'klar'), h('2027-01-20', 'pagar'), h('2027-05-02', 'klar')],
        }),
      ),
    ).toBe('2027-05-02');
    expect(doneAt(item({ status: 'klar', history: [] }))).toBeNull();
    expect(
      doneAt(item({ status: 'pagar', history: [h('2027-01-10', 'klar'), h('2027-01-20', 'pagar')] })),
    ).toBeNull();
  });

  it('sets planned against done per calendar quarter, with empty quarters kept and dismissed items left out', () => {
    const rows = progressByQuarter([
      item({ id: 'a', due: '2027-02-28', status: 'klar', history: [h('2027-04-02', 'klar')] }),
      item({ id: 'b', due: '2027-03-31' }),
      item({ id: 'c', due: '2027-09-30', status: 'klar', history: [h('2027-02-01', 'klar')] }),
      item({ id: 'd', due: '2027-03-31', dismissedReason: 'Inte aktuellt' }),
    ]);
    expect(rows).toEqual([
      { quarter: quarterIndexOf('2027-01-01'), planned: 2, plannedDone: 1, done: 1 },
      { quarter: quarterIndexOf('2027-04-01'), planned: 0, plannedDone: 0, done: 1 },
      { quarter: quarterIndexOf('2027-07-01'), planned: 1, plannedDone: 1, done: 0 },
    ]);
    expect(progressByQuarter([])).toEqual([]);
  });

  it('calls an open item overdue the day after its date, most overdue first; done and dismissed items never', () => {
    const items = [
      item({ id: 'today', due: '2027-03-01' }),
      item({ id: 'late', due: '2027-02-01', status: 'pagar' }),
      item({ id: 'later', due: '2027-01-15', status: 'vilande' }),
      item({ id: 'done', due: '2027-01-01', status: 'klar' }),
      item({ id: 'gone', due: '2027-01-01', dismissedReason: 'nej' }),
      item({ id: 'undated' }),
    ];
    expect(overdueItems(items, '2027-03-01').map((i) => i.id)).toEqual(['later', 'late']);
  });

  it('counts statuses and the done items whose date is unknown', () => {
    const counts = statusCounts([
      item({ status: 'klar' }),
      item({ status: 'klar', history: [h('2027-01-01', 'klar')] }),
      item({ status: 'pagar' }),
      item({ status: 'vilande', dismissedReason: 'nej' }),
    ]);
    expect(counts).toMatchObject({
      klar: 2,
      pagar: 1,
      vilande: 0,
      'ej-paborjad': 0,
      total: 3,
      doneWithoutDate: 1,
    });
  });

  it('lists the changes since the last review, newest first, with the status before each', () => {
    const a = item({
      id: 'a',
      order: 1,
      history: [h('2027-01-05', 'pagar'), h('2027-03-02', 'klar')],
      status: 'klar',
    });
    const b = item({ id: 'b', order: 2, history: [h('2027-02-10', 'pagar')], status: 'pagar' });
    const changes = changesSince([a, b], '2027-02-01');
    expect(changes.map((c) => [c.item.id, c.from, c.change.status])).toEqual([
      ['a', 'pagar', 'klar'],
      ['b', 'ej-paborjad', 'pagar'],
    ]);
  });
});

describe('ledningens genomgång', () => {
  const q = sampleQuestionnaire();
  const ids = q.areas.flatMap((a) => a.questions.map((x) => x.id));
  const all = (n: number) => answersByQuestion(ids.map((id) => answer(id, level(n))));

  it('finds the newest assessment made from this one', () => {
    const list = [
      { id: 'old', date: '2026-01-01', createdAt: '2026-01-01', basedOn: null },
      {
        id: 'n1',
        date: '2027-01-01',
        createdAt: '2027-01-01',
        basedOn: { id: 'old', organisation: '', date: '', levels: {} },
      },
      {
        id: 'n2',
        date: '2027-06-01',
        createdAt: '2027-06-01',
        basedOn: { id: 'old', organisation: '', date: '', levels: {} },
      },
      {
        id: 'other',
        date: '2028-01-01',
        createdAt: '2028-01-01',
        basedOn: { id: 'n2', organisation: '', date: '', levels: {} },
      },
    ];
    expect(newerAssessment('old', list)?.id).toBe('n2');
    expect(newerAssessment('other', list)).toBeUndefined();
  });

  it('asks for new dates for overdue items, a stand on paused ones, the law, a new assessment and the next date', () => {
    const r = managementReview({
      questionnaire: q,
      assessment: assessment({ date: '2026-12-01' }),
      answers: all(1),
      items: [
        item({ id: 'a', areaId: 'styrning', due: '2027-02-01', status: 'pagar' }),
        item({
          id: 'b',
          areaId: 'styrning',
          due: '2027-02-01',
          status: 'klar',
          history: [h('2027-01-20', 'klar')],
        }),
        item({ id: 'c', areaId: 'skydd', status: 'vilande' }),
      ],
      today: '2027-03-15',
      since: '2027-01-01',
    });
    expect(r.decisions).toEqual([
      { kind: 'overdue', count: 1 },
      { kind: 'paused', count: 1 },
      { kind: 'legal', notInPlace: r.legal.notInPlace.length, notAssessed: 0 },
      { kind: 'reassess', by: '2027-12-01' },
      { kind: 'next', date: '2027-06-30' },
    ]);
    expect(r.legal.notInPlace.length).toBeGreaterThan(0);
    expect(r.areas.find((a) => a.area.id === 'styrning')).toMatchObject({
      start: 1,
      now: null,
      items: 2,
      done: 1,
    });
    expect(r.changes).toHaveLength(1);
    expect(r.hasNewer).toBe(false);
  });

  it('measures progress and the law against the newer assessment when there is one', () => {
    const r = managementReview({
      questionnaire: q,
      assessment: assessment({ date: '2026-12-01' }),
      answers: all(1),
      items: [],
      today: '2027-12-15',
      since: '2027-06-01',
      newer: { assessment: assessment({ id: 'n', date: '2027-12-01' }), answers: all(3) },
    });
    expect(r.areas.every((a) => a.start === 1 && a.now === 3)).toBe(true);
    expect(r.legal.notInPlace).toHaveLength(0);
    expect(r.latestDate).toBe('2027-12-01');
    expect(r.decisions.map((d) => d.kind)).toEqual(['next']);
  });
});

describe('what a review shows of a long plan', () => {
  it('keeps the quarters up to the next one and sums the rest as later', () => {
    const rows = progressByQuarter([
      item({ id: 'a', due: '2027-02-01' }),
      item({ id: 'b', due: '2027-05-01' }),
      item({ id: 'c', due: '2027-08-01', status: 'klar', history: [h('2027-03-01', 'klar')] }),
      item({ id: 'd', due: '2029-08-01' }),
    ]);
    const w = quarterWindow(rows, '2027-03-15');
    expect(w.rows.map((r) => r.quarter)).toEqual([
      quarterIndexOf('2027-01-01'),
      quarterIndexOf('2027-04-01'),
    ]);
    expect(w.later).toEqual({ planned: 2, plannedDone: 1, done: 0 });
    expect(quarterWindow(rows, '2030-01-01').later).toBeNull();
  });

  it('counts overdue items per owner, the most first, with the oldest date', () => {
    expect(
      overdueByOwner([
        { ownerRole: 'it', due: '2027-02-01' },
        { ownerRole: 'samordnare', due: '2027-03-01' },
        { ownerRole: 'samordnare', due: '2027-01-31' },
      ]),
    ).toEqual([
      { ownerRole: 'samordnare', count: 2, oldest: '2027-01-31' },
      { ownerRole: 'it', count: 1, oldest: '2027-02-01' },
    ]);
  });
});
