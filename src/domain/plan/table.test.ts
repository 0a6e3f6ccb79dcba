import { describe, expect, it } from 'vitest';
import { planItem } from './fixtures/items';
import { planPeriod, quarterOf } from './schedule';
import {
  doneCount,
  groupItems,
  nextSort,
  ownerKey,
  planView,
  quarterGroup,
  sortItems,
  type RowNames,
} from './table';
import type { PlanItem } from './types';

const period = planPeriod({ date: '2026-12-01' });
const roleNames: Record<string, string> = {
  informationssakerhetssamordnare: 'Informationssäkerhetssamordnare',
  'it-chef': 'IT-chef',
  arkivarie: 'Arkivarie',
};
const areaNames: Record<string, string> = { ledning: 'Ledning', ovrigt: 'Övrigt', arkiv: 'Arkiv' };
const names = (i: PlanItem): RowNames => ({
  title: i.title,
  owner: `${roleNames[i.ownerRole] ?? i.ownerRole}${i.ownerName ? ` (${i.ownerName})` : ''}`,
  area: i.areaId ? (areaNames[i.areaId] ?? i.areaId) : null,
});

const items = [
  planItem({
    id: 'a',
    order: 0,
    title: 'Ärendehantering',
    priority: 2,
    due: '2027-03-01',
    status: 'pagar',
    ownerRole: 'it-chef',
    areaId: 'ovrigt',
  }),
  planItem({
    id: 'b',
    order: 1,
    title: 'arkivplan',
    priority: 1,
    due: null,
    status: 'klar',
    areaId: 'arkiv',
  }),
  planItem({
    id: 'c',
    order: 2,
    title: 'Bemanning 10',
    priority: 1,
    due: '2026-12-15',
    status: 'ej-paborjad',
    ownerRole: 'arkivarie',
    areaId: null,
  }),
  planItem({
    id: 'd',
    order: 3,
    title: 'Bemanning 9',
    priority: 3,
    due: '2027-12-01',
    status: 'vilande',
    ownerName: 'Åsa Öberg',
    areaId: 'ledning',
  }),
  planItem({
    id: 'e',
    order: 4,
    title: 'Zon',
    priority: 1,
    due: '2026-12-15',
    status: 'pagar',
    areaId: 'ledning',
  }),
];
const ids = (list: readonly PlanItem[]) => list.map((i) => i.id);

describe('sortItems', () => {
  it('keeps plan order without a sort, and never changes what it is given', () => {
    const shuffled = [items[3]!, items[0]!, items[4]!, items[1]!, items[2]!];
    expect(ids(sortItems(shuffled, null, names))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(shuffled)).toEqual(['d', 'a', 'e', 'b', 'c']);
  });

  it('sorts by priority, ties in plan order, both ways', () => {
    expect(ids(sortItems(items, { key: 'priority', direction: 'ascending' }, names))).toEqual([
      'b',
      'c',
      'e',
      'a',
      'd',
    ]);
    expect(ids(sortItems(items, { key: 'priority', direction: 'descending' }, names))).toEqual([
      'd',
      'a',
      'b',
      'c',
      'e',
    ]);
  });

  it('sorts by due date with items without a date last in both directions', () => {
    expect(ids(sortItems(items, { key: 'due', direction: 'ascending' }, names))).toEqual([
      'c',
      'e',
      'a',
      'd',
      'b',
    ]);
    expect(ids(sortItems(items, { key: 'due', direction: 'descending' }, names))).toEqual([
      'd',
      'a',
      'c',
      'e',
      'b',
    ]);
  });

  it('sorts titles the Swedish way: case ignored, å ä ö after z, numbers by value', () => {
    expect(ids(sortItems(items, { key: 'title', direction: 'ascending' }, names))).toEqual([
      'b',
      'd',
      'c',
      'e',
      'a',
    ]);
  });

  it('sorts by owner name, status in the plan’s status order, and area with hand-made items last', () => {
    expect(ids(sortItems(items, { key: 'owner', direction: 'ascending' }, names))).toEqual([
      'c',
      'b',
      'e',
      'd',
      'a',
    ]);
    expect(ids(sortItems(items, { key: 'status', direction: 'ascending' }, names))).toEqual([
      'c',
      'a',
      'e',
      'b',
      'd',
    ]);
    expect(ids(sortItems(items, { key: 'area', direction: 'ascending' }, names))).toEqual([
      'b',
      'd',
      'e',
      'a',
      'c',
    ]);
    expect(ids(sortItems(items, { key: 'area', direction: 'descending' }, names))).toEqual([
      'a',
      'd',
      'e',
      'b',
      'c',
    ]);
  });

  it('asks for each item’s names once, whatever the number of comparisons', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      planItem({ id: `x${i}`, order: i, title: `T ${(i * 7919) % 500}` }),
    );
    let calls = 0;
    const counting = (i: PlanItem) => (calls++, names(i));
    const sorted = sortItems(many, { key: 'title', direction: 'ascending' }, counting);
    expect(calls).toBe(500);
    expect(sorted[0]!.title).toBe('T 0');
    expect(sorted[499]!.title).toBe('T 499');
  });
});

describe('nextSort', () => {
  it('goes ascending, descending, back to plan order; another column starts ascending', () => {
    const asc = nextSort(null, 'due');
    expect(asc).toEqual({ key: 'due', direction: 'ascending' });
    const desc = nextSort(asc, 'due');
    expect(desc).toEqual({ key: 'due', direction: 'descending' });
    expect(nextSort(desc, 'due')).toBeNull();
    expect(nextSort(desc, 'title')).toEqual({ key: 'title', direction: 'ascending' });
  });
});

describe('groupItems', () => {
  const ctx = { period, areaOrder: ['ledning', 'arkiv', 'ovrigt'], names };
  const shape = (g: { key: string; items: PlanItem[] }[]) => g.map((x) => [x.key, ids(x.items)]);

  it('one section holding everything without grouping', () => {
    expect(shape(groupItems(items, 'none', ctx))).toEqual([['all', ['a', 'b', 'c', 'd', 'e']]]);
  });

  it('by calendar quarter: in time order, undated last, order inside kept', () => {
    expect(shape(groupItems(items, 'quarter', ctx))).toEqual([
      ['2026-4', ['c', 'e']],
      ['2027-1', ['a']],
      ['2027-4', ['d']],
      ['none', ['b']],
    ]);
  });

  it('by quarter: asks the one quarter function, whatever it answers', () => {
    for (const item of items) expect(quarterGroup(item)).toBe(quarterOf(item));
  });

  it('by owner: role and named person are separate owners, sorted by name, with their counts', () => {
    const groups = groupItems(items, 'owner', ctx);
    expect(shape(groups)).toEqual([
      ['arkivarie', ['c']],
      ['informationssakerhetssamordnare', ['b', 'e']],
      [ownerKey(items[3]!), ['d']],
      ['it-chef', ['a']],
    ]);
    expect(groups.map((g) => g.items.length)).toEqual([1, 2, 1, 1]);
  });

  it('by area in questionnaire order with hand-made items last; by status in plan status order', () => {
    expect(shape(groupItems(items, 'area', ctx))).toEqual([
      ['ledning', ['d', 'e']],
      ['arkiv', ['b']],
      ['ovrigt', ['a']],
      ['', ['c']],
    ]);
    expect(shape(groupItems(items, 'status', ctx))).toEqual([
      ['ej-paborjad', ['c']],
      ['pagar', ['a', 'e']],
      ['klar', ['b']],
      ['vilande', ['d']],
    ]);
  });

  it('keeps every item exactly once', () => {
    for (const g of ['none', 'quarter', 'owner', 'area', 'status'] as const) {
      const all = groupItems(items, g, ctx).flatMap((x) => ids(x.items));
      expect(all.sort(), g).toEqual(['a', 'b', 'c', 'd', 'e']);
    }
  });
});

describe('doneCount', () => {
  it('counts items marked Klar', () => {
    expect(doneCount(items)).toBe(1);
    expect(doneCount([])).toBe(0);
  });
});

describe('planView', () => {
  it('opens a plan of more than 20 actions as a table, unless the user chose', () => {
    expect(planView(undefined, 20)).toBe('cards');
    expect(planView(null, 21)).toBe('table');
    expect(planView('cards', 255)).toBe('cards');
    expect(planView('table', 3)).toBe('table');
    expect(planView('list', 255)).toBe('table');
  });
});
