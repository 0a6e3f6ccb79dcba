import { describe, expect, it } from 'vitest';
import { tableSections, type PlanGroup } from './table';

describe('tableSections', () => {
  const groupsOf = (sizes: number[]): PlanGroup<string>[] =>
    sizes.map((n, g) => ({ key: `q${g}`, items: Array.from({ length: n }, (_, i) => `${g}.${i}`) }));
  const idOf = (g: PlanGroup<string>) => g.key;
  const open = () => false;
  const shape = (sections: ReturnType<typeof tableSections<string>>) =>
    sections.map((s) => `${s.id}:${s.folded ? 'folded' : s.rows.length}`);

  it('draws every section and row without a budget, folded sections as headings only', () => {
    const sections = tableSections(groupsOf([3, 2, 4]), {
      budget: Infinity,
      idOf,
      isFolded: (id) => id === 'q1',
    });
    expect(shape(sections)).toEqual(['q0:3', 'q1:folded', 'q2:4']);
    expect(sections[2]!.rows).toEqual(['2.0', '2.1', '2.2', '2.3']);
  });

  it('stops at the section where the budget runs out: 2,000 rows over 80 sections draw one section of 20', () => {
    const sections = tableSections(groupsOf(Array<number>(80).fill(25)), {
      budget: 20,
      idOf,
      isFolded: open,
    });
    expect(shape(sections)).toEqual(['q0:20']);
  });

  it('spreads the budget over short sections in order and draws none after it is spent', () => {
    expect(shape(tableSections(groupsOf([5, 5, 5, 5, 5, 5]), { budget: 12, idOf, isFolded: open }))).toEqual([
      'q0:5',
      'q1:5',
      'q2:2',
    ]);
    expect(shape(tableSections(groupsOf([5, 5, 5]), { budget: 10, idOf, isFolded: open }))).toEqual([
      'q0:5',
      'q1:5',
    ]);
  });

  it('shows folded headings met before the budget is spent, and a first section even with no rows', () => {
    const folded = (id: string) => id === 'q0' || id === 'q2';
    expect(shape(tableSections(groupsOf([30, 4, 30, 30]), { budget: 20, idOf, isFolded: folded }))).toEqual([
      'q0:folded',
      'q1:4',
      'q2:folded',
      'q3:16',
    ]);
    expect(shape(tableSections(groupsOf([0]), { budget: 20, idOf, isFolded: open }))).toEqual(['q0:0']);
  });
});
