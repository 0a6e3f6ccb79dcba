import { describe, expect, it } from 'vitest';
import { isOver, overloaded, ownerLoad } from './load';
import { planItem } from './fixtures/items';
import { quarterIndexOf } from './calendar';
import { emptyPlanSettings } from './settings';
import { generatePlan } from './generate';
import { answer, assessment, level, realQuestionnaire } from '../../test/sample';
import { answersByQuestion } from '../assessment/progress';

const settings = { capacity: { samordnare: 4 } };
const q = (date: string) => quarterIndexOf(date);

describe('ownerLoad', () => {
  it('adds each owner’s open items per quarter and flags what is above capacity', () => {
    const items = [
      planItem({ id: 'a', ownerRole: 'samordnare', effort: 'stor', due: '2027-02-28' }),
      planItem({ id: 'b', ownerRole: 'samordnare', effort: 'liten', due: '2027-03-31' }),
      planItem({ id: 'c', ownerRole: 'samordnare', effort: 'stor', due: '2027-05-31' }),
      planItem({ id: 'done', ownerRole: 'samordnare', effort: 'stor', due: '2027-05-31', status: 'klar' }),
      planItem({
        id: 'gone',
        ownerRole: 'samordnare',
        effort: 'stor',
        due: '2027-05-31',
        dismissedReason: 'x',
      }),
      planItem({ id: 'it', ownerRole: 'it-chef', effort: 'medel', due: '2027-01-31' }),
    ];
    const load = ownerLoad(items, settings, '2027-01-01', '2027-01-10');
    expect(load.quarters).toEqual([q('2027-01-01'), q('2027-04-01')]);
    const sam = load.rows.find((r) => r.role === 'samordnare')!;
    expect(sam.cells.map((c) => [c.points, c.capacity])).toEqual([
      [5, 4],
      [4, 4],
    ]);
    expect(sam.cells.map(isOver)).toEqual([true, false]);
    expect(load.rows[0]!.role).toBe('samordnare');
    expect(overloaded(load)).toEqual([{ role: 'samordnare', cell: sam.cells[0] }]);
  });

  it('counts an overdue item now, and gives the plan’s first quarter only its months left', () => {
    const items = [planItem({ id: 'late', ownerRole: 'samordnare', effort: 'medel', due: '2026-12-31' })];
    const load = ownerLoad(items, settings, '2026-12-01', '2027-02-01');
    expect(load.quarters).toEqual([q('2027-01-01')]);
    expect(load.rows[0]!.cells[0]).toMatchObject({ points: 2, capacity: 4 });
    const fromStart = ownerLoad(items, settings, '2026-12-01', '2026-12-01');
    expect(fromStart.rows[0]!.cells[0]).toMatchObject({ points: 2, capacity: 4 / 3 });
  });

  it('finds no one over capacity in a generated plan over the real bank', () => {
    const real = realQuestionnaire();
    const answers = answersByQuestion(
      real.areas.flatMap((a) => a.questions.map((x) => answer(x.id, level(0)))),
    );
    const a = assessment({ date: '2026-12-01', planSettings: emptyPlanSettings() });
    const items = generatePlan(real, answers, a, '2026-12-01T09:00:00.000Z');
    const load = ownerLoad(items, emptyPlanSettings(), a.date, a.date);
    expect(load.rows.length).toBeGreaterThan(5);
    expect(overloaded(load)).toEqual([]);
  });
});
