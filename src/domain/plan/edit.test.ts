import { describe, expect, it } from 'vitest';
import { PLAN_EDIT_FIELDS, applyEdit, editValuesOf, moveItem, newManualItem, restoreItem } from './edit';
import { dismissItem, planItemEditSchema, type PlanItemEditInput } from './edit-schema';
import { planItem, userFields } from './fixtures/items';
import type { PlanItem } from './types';

const T1 = '2026-04-01T08:00:00.000Z';
const valid: PlanItemEditInput = { ...editValuesOf(planItem()) };
const errors = (values: Partial<Record<keyof PlanItemEditInput, unknown>>) => {
  const r = planItemEditSchema.safeParse({ ...valid, ...values });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('planItemEditSchema', () => {
  it('validates exactly the fields edit.ts copies and compares (PLAN_EDIT_FIELDS), in the same order', () => {
    expect(Object.keys(planItemEditSchema.shape)).toEqual([...PLAN_EDIT_FIELDS]);
  });

  it('accepts the values of a generated item and of every awkward text', () => {
    expect(planItemEditSchema.safeParse(valid).success).toBe(true);
    expect(planItemEditSchema.parse({ ...valid, ...userFields })).toEqual({ ...valid, ...userFields });
  });

  it('requires a title and trims text', () => {
    expect(errors({ title: '   ' })).toEqual({ title: 'required' });
    expect(errors({ title: undefined })).toEqual({ title: 'required' });
    expect(planItemEditSchema.parse({ ...valid, title: '  Ny rubrik  ', description: '' })).toMatchObject({
      title: 'Ny rubrik',
      description: '',
    });
  });

  it('limits every text field', () => {
    const limits = {
      title: 200,
      description: 2000,
      deliverable: 400,
      ownerRole: 80,
      ownerName: 120,
      followUp: 1000,
      note: 4000,
      decidedIn: 200,
    } as const;
    for (const [field, max] of Object.entries(limits)) {
      expect(errors({ [field]: 'å'.repeat(max) }), field).toEqual({});
      expect(errors({ [field]: 'å'.repeat(max + 1) }), field).toEqual({ [field]: 'tooLong' });
    }
  });

  it('takes real dates or nothing, and an empty field means nothing', () => {
    expect(errors({ start: '2026-02-30' })).toEqual({ start: 'date' });
    expect(errors({ decidedDate: '15/3/2026' })).toEqual({ decidedDate: 'date' });
    expect(errors({ due: 20260101 })).toEqual({ due: 'date' });
    const parsed = planItemEditSchema.parse({ ...valid, start: '', due: null, decidedDate: ' 2026-03-15 ' });
    expect(parsed).toMatchObject({ start: null, due: null, decidedDate: '2026-03-15' });
  });

  it('does not let the due date come before the start', () => {
    expect(errors({ start: '2026-05-01', due: '2026-04-30' })).toEqual({ due: 'dueBeforeStart' });
    expect(errors({ start: '2026-05-01', due: '2026-05-01' })).toEqual({});
    expect(errors({ start: null, due: '2026-04-30' })).toEqual({});
    // Reported together with other errors, so the form shows them all at once.
    expect(errors({ title: '', start: '2026-05-01', due: '2026-04-30' })).toEqual({
      title: 'required',
      due: 'dueBeforeStart',
    });
  });

  it('rejects values no control can produce', () => {
    expect(errors({ effort: 'enorm', status: 'todo', priority: 4 })).toEqual({
      effort: 'invalid',
      status: 'invalid',
      priority: 'invalid',
    });
    expect(errors({ note: 5 })).toEqual({ note: 'invalid' });
  });

  it('covers exactly the fields a user edits', () => {
    expect([...PLAN_EDIT_FIELDS].sort()).toEqual(Object.keys(userFields).sort());
  });
});

describe('applyEdit', () => {
  it('writes the values and marks the item edited', () => {
    const item = planItem();
    const edited = applyEdit(item, { ...editValuesOf(item), ...userFields }, T1);
    expect(edited).toEqual({
      ...item,
      ...userFields,
      priorityReason: 'manual',
      history: [{ at: T1, status: 'pagar' }],
      edited: true,
      updatedAt: T1,
    });
  });

  it('writes a dated entry in the history each time the status changes, and only then', () => {
    const item = planItem({
      history: [{ at: '2026-03-02T08:00:00.000Z', status: 'pagar' }],
      status: 'pagar',
    });
    const noted = applyEdit(item, { ...editValuesOf(item), note: 'Möte bokat' }, T1);
    expect(noted.history).toBe(item.history);
    const done = applyEdit(noted, { ...editValuesOf(noted), status: 'klar' }, '2026-05-01T10:00:00.000Z');
    expect(done.history).toEqual([
      { at: '2026-03-02T08:00:00.000Z', status: 'pagar' },
      { at: '2026-05-01T10:00:00.000Z', status: 'klar' },
    ]);
  });

  it('reads kronor and days as a Swede writes them, and refuses what is not an amount', () => {
    const parse = (costKronor: unknown, costDays: unknown) =>
      planItemEditSchema.safeParse({ ...valid, costKronor, costDays });
    expect(parse('12 500', '2,5').data).toMatchObject({ costKronor: 12500, costDays: 2.5 });
    expect(parse('', null).data).toMatchObject({ costKronor: null, costDays: null });
    expect(parse('12,5', '').error?.issues.map((i) => i.message)).toEqual(['amount']);
    expect(parse('-3', 'två').error?.issues.map((i) => i.message)).toEqual(['amount', 'amount']);
  });

  it('keeps the priority reason when the priority stays', () => {
    const item = planItem({ priority: 2, priorityReason: 'law' });
    const edited = applyEdit(item, { ...editValuesOf(item), note: 'Se protokoll' }, T1);
    expect(edited).toMatchObject({ priorityReason: 'law', note: 'Se protokoll', edited: true });
  });

  it('leaves the item as it was when nothing changed', () => {
    const item = planItem();
    expect(applyEdit(item, editValuesOf(item), T1)).toBe(item);
  });
});

describe('newManualItem', () => {
  it('makes a hand-made item that regeneration leaves alone', () => {
    const values = planItemEditSchema.parse({ ...valid, ...userFields });
    expect(newManualItem('a1', values, 7, T1, 'id-1')).toEqual({
      ...userFields,
      id: 'id-1',
      assessmentId: 'a1',
      templateId: null,
      areaId: null,
      questionId: null,
      toLevel: null,
      references: { iso: [], csf: [], cis: [], nis2: [] },
      lawRequired: false,
      dependsOn: [],
      history: [],
      priorityReason: 'manual',
      order: 7,
      dismissedReason: null,
      edited: false,
      isNew: false,
      obsolete: false,
      createdAt: T1,
      updatedAt: T1,
    });
  });
});

describe('dismissItem and restoreItem', () => {
  it('dismisses with a trimmed reason and restores', () => {
    const item = planItem();
    const dismissed = dismissItem(item, '  Regionen gör det åt oss ', T1);
    expect(dismissed).toEqual({ ...item, dismissedReason: 'Regionen gör det åt oss', updatedAt: T1 });
    expect(restoreItem(dismissed, T1)).toEqual({ ...item, updatedAt: T1 });
    expect(restoreItem(item, T1)).toBe(item);
  });

  it('needs a reason of at most 1000 characters', () => {
    expect(() => dismissItem(planItem(), '   ', T1)).toThrow('required');
    expect(() => dismissItem(planItem(), 'x'.repeat(1001), T1)).toThrow('tooLong');
    expect(dismissItem(planItem(), 'x'.repeat(1000), T1).dismissedReason).toHaveLength(1000);
  });
});

describe('moveItem', () => {
  const list = (...ids: string[]) => ids.map((id, order) => planItem({ id, order }));
  const ids = (items: PlanItem[]) => items.map((i) => `${i.id}${i.order}`);

  it('swaps with the neighbour and renumbers', () => {
    const moved = moveItem(list('a', 'b', 'c'), 'c', 'up', T1);
    expect(ids(moved)).toEqual(['a0', 'c1', 'b2']);
    expect(moved.find((i) => i.id === 'c')).toMatchObject({ edited: true, updatedAt: T1 });
    expect(moved.find((i) => i.id === 'b')).toMatchObject({ edited: false, updatedAt: T1 });
    expect(moved[0]).toEqual(list('a')[0]);
    expect(ids(moveItem(list('a', 'b', 'c'), 'a', 'down', T1))).toEqual(['b0', 'a1', 'c2']);
  });

  it('does nothing at the ends or for an unknown id', () => {
    expect(moveItem(list('a', 'b'), 'a', 'up', T1)).toEqual(list('a', 'b'));
    expect(moveItem(list('a', 'b'), 'b', 'down', T1)).toEqual(list('a', 'b'));
    expect(moveItem(list('a', 'b'), 'zz', 'down', T1)).toEqual(list('a', 'b'));
  });

  it('skips dismissed items, which the plan does not show', () => {
    const items = list('a', 'x', 'b');
    items[1] = { ...items[1]!, dismissedReason: 'Inte aktuellt' };
    expect(ids(moveItem(items, 'b', 'up', T1))).toEqual(['b0', 'x1', 'a2']);
    expect(ids(moveItem(items, 'a', 'down', T1))).toEqual(['b0', 'x1', 'a2']);
    expect(ids(moveItem([items[1]!, items[0]!], 'a', 'up', T1))).toEqual(['a0', 'x1']);
  });

  it('sorts by order first and closes gaps in the numbering', () => {
    const items = [planItem({ id: 'b', order: 10 }), planItem({ id: 'a', order: 3 })];
    expect(ids(moveItem(items, 'b', 'up', T1))).toEqual(['b0', 'a1']);
  });
});
