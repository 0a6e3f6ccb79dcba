import { describe, expect, it } from 'vitest';
import { diffPlanSettings, uniteHistory, unitePlanSettings } from './merge-plan-settings';
import { diffActions } from './merge-actions';
import { emptyPlanSettings, type PlanSettings } from '../plan/settings';
import { planItem } from '../plan/fixtures/items';

const settings = (extra: Partial<PlanSettings>): PlanSettings => ({ ...emptyPlanSettings(), ...extra });

describe('unitePlanSettings', () => {
  it('keeps every own role of both, my capacities, and adds theirs where I left the default', () => {
    const mine = settings({
      roles: [{ id: 'egen-a', name: 'Anna' }],
      capacity: { 'it-chef': 6, 'egen-a': 3 },
    });
    const theirs = settings({
      roles: [
        { id: 'egen-a', name: 'Anna' },
        { id: 'egen-b', name: 'Bo' },
      ],
      capacity: { 'it-chef': 20, 'egen-b': 5 },
    });
    expect(unitePlanSettings(mine, theirs)).toMatchObject({
      roles: [
        { id: 'egen-a', name: 'Anna' },
        { id: 'egen-b', name: 'Bo' },
      ],
      capacity: { 'it-chef': 6, 'egen-a': 3, 'egen-b': 5 },
    });
  });

  it('takes the later adoption as one block, and fills an unadopted copy from the other', () => {
    const early = settings({ adoptedBy: 'KS', adoptedDate: '2027-01-20', diarienummer: 'KS 1' });
    const late = settings({ adoptedBy: 'KF', adoptedDate: '2027-03-01', diarienummer: '' });
    expect(unitePlanSettings(early, late)).toMatchObject({
      adoptedBy: 'KF',
      adoptedDate: '2027-03-01',
      diarienummer: '',
    });
    expect(unitePlanSettings(late, early)).toMatchObject({
      adoptedBy: 'KF',
      adoptedDate: '2027-03-01',
      diarienummer: '',
    });
    const draft = settings({ adoptedBy: 'KS' });
    expect(unitePlanSettings(draft, settings({ diarienummer: 'KS 2027/9' }))).toMatchObject({
      adoptedBy: 'KS',
      diarienummer: 'KS 2027/9',
    });
  });

  it('is an automatic change only when something is added', () => {
    const s = settings({ roles: [{ id: 'egen-a', name: 'Anna' }] });
    expect(diffPlanSettings(s, emptyPlanSettings()).automatic).toEqual([]);
    expect(diffPlanSettings(emptyPlanSettings(), s).automatic).toEqual([
      { kind: 'planSettings', mine: emptyPlanSettings(), result: s },
    ]);
  });
});

describe('status history in a merge', () => {
  const h = (at: string, status: 'pagar' | 'klar') => ({ at: `${at}T08:00:00.000Z`, status });

  it('unites both records once each, oldest first', () => {
    expect(
      uniteHistory(
        [h('2027-01-01', 'pagar'), h('2027-03-01', 'klar')],
        [h('2027-01-01', 'pagar'), h('2027-02-01', 'klar')],
      ),
    ).toEqual([h('2027-01-01', 'pagar'), h('2027-02-01', 'klar'), h('2027-03-01', 'klar')]);
  });

  it('takes their history into mine without a conflict when nothing else differs', () => {
    const mine = planItem({ id: 'x', history: [h('2027-01-01', 'pagar')], status: 'pagar' });
    const same = { ...mine, history: [h('2027-01-01', 'pagar'), h('2027-01-05', 'pagar')] };
    const part = diffActions([mine], [same]);
    expect(part.conflicts).toEqual([]);
    expect(part.automatic).toMatchObject([{ kind: 'action', result: { history: same.history } }]);
  });
});
