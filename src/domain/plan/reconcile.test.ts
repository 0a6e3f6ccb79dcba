import { describe, expect, it } from 'vitest';
import { generatePlan } from './generate';
import { pendingRegeneration, reconcilePlan } from './reconcile';
import { applyEdit, editValuesOf, moveItem, newManualItem } from './edit';
import { dismissItem } from './edit-schema';
import { planItem, userFields } from './fixtures/items';
import { answer, assessment, level, realQuestionnaire, sampleQuestionnaire } from '../../test/sample';
import { answersByQuestion } from '../assessment/progress';
import type { AnswerValue } from '../assessment/types';
import type { Questionnaire } from '../questionnaire/schema';
import { sortByOrder } from './order';
import type { PlanItem } from './types';

const T0 = '2026-03-01T08:00:00.000Z';
const T1 = '2026-04-01T08:00:00.000Z';
const T2 = '2026-05-01T08:00:00.000Z';
const sample = sampleQuestionnaire();

const gen = (values: Record<string, AnswerValue | null>, now = T0, q: Questionnaire = sample) =>
  generatePlan(
    q,
    answersByQuestion(Object.entries(values).map(([id, v]) => answer(id, v))),
    assessment(),
    now,
  );
const byId = (items: PlanItem[]) => new Map(items.map((i) => [i.id, i]));
const get = (items: PlanItem[], id: string) => {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`missing ${id}`);
  return item;
};
/** What regeneration may change on an item it must otherwise leave alone. */
const withoutBookkeeping = ({ order: _o, isNew: _n, obsolete: _b, updatedAt: _u, ...rest }: PlanItem) => rest;

describe('reconcilePlan: adding and marking', () => {
  it('adds everything as new the first time', () => {
    const generated = gen({ 'sty-01': level(1) });
    const r = reconcilePlan([], generated, T0);
    expect(r.added).toEqual(['a1:sty-01-2', 'a1:sty-01-3']);
    expect(r.obsolete).toEqual([]);
    expect(r.items.every((i) => i.isNew && !i.obsolete)).toBe(true);
  });

  it('clears the previous isNew marks and adds only what is new', () => {
    const first = reconcilePlan([], gen({ 'sty-01': level(1) }), T0).items;
    const r = reconcilePlan(first, gen({ 'sty-01': level(1), 'sty-03': level(2) }, T1), T1);
    expect(r.added).toEqual(['a1:sty-03-3']);
    expect(r.items.filter((i) => i.isNew).map((i) => i.id)).toEqual(['a1:sty-03-3']);
    // Items from the first round keep their creation time.
    expect(get(r.items, 'a1:sty-01-2').createdAt).toBe(T0);
  });

  it('changes nothing, timestamps included, when regenerated with the same answers', () => {
    const values = { 'sty-01': level(0), 'sky-03': level(1) };
    const settled = reconcilePlan(reconcilePlan([], gen(values), T0).items, gen(values, T1), T1).items;
    const again = reconcilePlan(settled, gen(values, T2), T2);
    expect(again.items).toEqual(settled);
    expect(again).toMatchObject({ added: [], obsolete: [] });
  });

  it('keeps items whose gap closed, marked obsolete, and unmarks them when the gap opens again', () => {
    const first = reconcilePlan([], gen({ 'sty-01': level(1) }), T0).items;
    const closed = reconcilePlan(first, gen({ 'sty-01': level(2) }, T1), T1);
    expect(closed.obsolete).toEqual(['a1:sty-01-2']);
    expect(closed.items).toHaveLength(2);
    expect(get(closed.items, 'a1:sty-01-2')).toMatchObject({ obsolete: true, isNew: false, updatedAt: T1 });
    const reopened = reconcilePlan(closed.items, gen({ 'sty-01': level(1) }, T2), T2);
    expect(get(reopened.items, 'a1:sty-01-2').obsolete).toBe(false);
    expect(reopened.added).toEqual([]);
  });
});

describe('reconcilePlan: never loses what the user wrote', () => {
  it('refreshes priority, step and suggested dates on an unedited item, keeping status and the rest', () => {
    const first = reconcilePlan([], gen({ 'sty-03': level(2) }), T0).items;
    const untouched = {
      ...get(first, 'a1:sty-03-3'),
      status: 'pagar' as const,
      dismissedReason: 'Görs av IT',
    };
    expect(untouched).toMatchObject({ priority: 3, dependsOn: [] });
    const regenerated = gen({ 'sty-03': level(0) }, T1);
    const r = reconcilePlan([untouched], regenerated, T1);
    const item = get(r.items, 'a1:sty-03-3');
    // From level 0 the step to 3 is the question's third step: it waits for the second, which is
    // priority 2, so it is priority 3 (capPriorityTwo) and keeps the reason "basics".
    const second = get(regenerated, 'a1:sty-03-2');
    expect(item).toMatchObject({ priority: 3, priorityReason: 'basics', updatedAt: T1 });
    expect(item).toMatchObject({ dependsOn: [second.id], due: get(regenerated, item.id).due });
    expect(item.start! > second.due!).toBe(true);
    expect(item).toMatchObject({ status: 'pagar', dismissedReason: 'Görs av IT', createdAt: T0 });
  });

  it('keeps every field of an edited item, whatever the answers do', () => {
    const first = reconcilePlan([], gen({ 'sty-03': level(2) }), T0).items;
    const edited = applyEdit(get(first, 'a1:sty-03-3'), { ...editValuesOf(first[0]!), ...userFields }, T1);
    const dismissed = dismissItem(edited, 'Vi gör det i regionens projekt', T1);
    const rounds: Record<string, AnswerValue | null>[] = [
      { 'sty-03': level(0) },
      { 'sty-03': level(2) },
      { 'sty-03': level(3) },
      {},
    ];
    for (const values of rounds) {
      const r = reconcilePlan([dismissed], gen(values, T2), T2);
      const item = get(r.items, dismissed.id);
      expect(withoutBookkeeping(item)).toEqual(withoutBookkeeping(dismissed));
      expect(item).toMatchObject(userFields);
      expect(item.obsolete).toBe(!gen(values).some((g) => g.id === dismissed.id));
    }
  });

  it('leaves hand-made items alone', () => {
    const manual = newManualItem('a1', { ...userFields, title: 'Upphandla SOC' }, 5, T0, 'm1');
    // Stray marks on a hand-made item (from an old file, say) are not regeneration's business either.
    const marked = { ...manual, id: 'm2', isNew: true, obsolete: true, dismissedReason: 'Senare' };
    const r = reconcilePlan([manual, marked], gen({ 'sty-01': level(0) }, T1), T1);
    expect(withoutBookkeeping(get(r.items, 'm1'))).toEqual(withoutBookkeeping(manual));
    expect(get(r.items, 'm1')).toMatchObject({ isNew: false, obsolete: false });
    expect(withoutBookkeeping(get(r.items, 'm2'))).toEqual(withoutBookkeeping(marked));
    expect(get(r.items, 'm2')).toMatchObject({ isNew: true, obsolete: true });
    expect(r.obsolete).toEqual([]);
  });

  it('keeps every item and every user field through random edits and answer changes', () => {
    const real = realQuestionnaire();
    const questions = real.areas.flatMap((a) => a.questions.map((q) => q.id));
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const values: Record<string, AnswerValue | null> = {};
    let items: PlanItem[] = [];
    const written = new Map<string, PlanItem>();

    for (let round = 0; round < 40; round++) {
      for (let n = 0; n < 8; n++) {
        values[pick(questions)] = pick<AnswerValue | null>([
          level(0),
          level(1),
          level(2),
          level(3),
          level(4),
          { kind: 'unknown' },
          null,
        ]);
      }
      const now = `2026-04-${String((round % 28) + 1).padStart(2, '0')}T10:00:00.000Z`;
      const before = items;
      const r = reconcilePlan(items, gen(values, now, real), now);
      items = r.items;

      // Nothing is lost, nothing doubles, and the order is dense.
      expect(new Set(items.map((i) => i.id))).toEqual(new Set([...before.map((i) => i.id), ...r.added]));
      expect(items.map((i) => i.order)).toEqual(items.map((_, k) => k));
      for (const [id, item] of written)
        expect(withoutBookkeeping(get(items, id))).toEqual(withoutBookkeeping(item));
      const old = byId(before);
      for (const item of items) {
        expect(item.isNew).toBe(r.added.includes(item.id));
        expect(item.dismissedReason).toBe(old.get(item.id)?.dismissedReason ?? null);
      }

      // The user edits, dismisses, moves and adds.
      if (items.length) {
        const target = pick(items);
        const edited = applyEdit(target, { ...editValuesOf(target), note: `anteckning ${round}` }, now);
        const dismissed = round % 3 === 0 ? dismissItem(edited, `skäl ${round}`, now) : edited;
        items = items.map((i) => (i.id === dismissed.id ? dismissed : i));
        written.set(dismissed.id, dismissed);
        items = moveItem(items, pick(items).id, pick(['up', 'down'] as const), now);
        // Moving renumbers and marks the moved item edited: remember the item as it now is.
        for (const i of items) if (written.has(i.id) || i.edited) written.set(i.id, i);
      }
      if (round % 5 === 0) {
        const manual = newManualItem(
          'a1',
          { ...userFields, title: `Egen ${round}` },
          items.length,
          now,
          `m${round}`,
        );
        items = [...items, manual];
        written.set(manual.id, manual);
      }
    }
    expect(written.size).toBeGreaterThan(30);
  });
});

describe('reconcilePlan: order', () => {
  const values = { 'sty-01': level(0) };
  const base = () => reconcilePlan([], gen(values), T0).items;
  const order = (items: PlanItem[]) => sortByOrder(items).map((i) => i.templateId ?? i.id);

  it('keeps an item the user moved up where they put it', () => {
    const moved = moveItem(base(), 'a1:sty-01-3', 'up', T1);
    expect(order(moved)).toEqual(['sty-01-1', 'sty-01-3', 'sty-01-2']);
    expect(order(reconcilePlan(moved, gen(values, T2), T2).items)).toEqual([
      'sty-01-1',
      'sty-01-3',
      'sty-01-2',
    ]);
  });

  it('keeps an item the user moved down where they put it', () => {
    const moved = moveItem(base(), 'a1:sty-01-1', 'down', T1);
    expect(order(moved)).toEqual(['sty-01-2', 'sty-01-1', 'sty-01-3']);
    expect(order(reconcilePlan(moved, gen(values, T2), T2).items)).toEqual([
      'sty-01-2',
      'sty-01-1',
      'sty-01-3',
    ]);
  });

  it('keeps edited and hand-made items next to the item they followed when new items come first', () => {
    const items = reconcilePlan([], gen({ 'sty-01': level(1) }), T0).items;
    expect(order(items)).toEqual(['sty-01-2', 'sty-01-3']);
    const edited = applyEdit(items[1]!, { ...editValuesOf(items[1]!), ownerName: 'Bo' }, T1);
    const manual = newManualItem('a1', { ...userFields }, 2, T1, 'm1');
    // sky-03 at level 0 has a larger gap than sty-01 at level 1, so its first step leads the plan.
    const r = reconcilePlan(
      [items[0]!, edited, manual],
      gen({ 'sty-01': level(1), 'sky-03': level(0) }, T2),
      T2,
    );
    // Priority 1 is one step per area; the later steps of sky-03 follow as priority 2.
    expect(order(r.items)).toEqual(['sky-03-1', 'sty-01-2', 'sty-01-3', 'm1', 'sky-03-2', 'sky-03-3']);
    expect(get(r.items, edited.id).updatedAt).toBe(T2);
  });

  it('keeps an edited item after its neighbour when the neighbour moves', () => {
    const items = base();
    const edited = applyEdit(items[1]!, { ...editValuesOf(items[1]!), note: 'Viktig' }, T1);
    const r = reconcilePlan(
      [items[0]!, edited, items[2]!],
      gen({ 'sty-01': level(0), 'sky-03': level(0) }, T2),
      T2,
    );
    expect(order(r.items)).toEqual(['sty-01-1', 'sty-01-2', 'sky-03-1', 'sky-03-2', 'sty-01-3', 'sky-03-3']);
  });

  it('puts a hand-made item that led the plan first again', () => {
    const manual = newManualItem('a1', { ...userFields }, -1, T1, 'm1');
    const r = reconcilePlan([manual, ...base()], gen(values, T2), T2);
    expect(order(r.items)[0]).toBe('m1');
  });

  it('re-sorts unedited items when their priority changes', () => {
    const first = reconcilePlan([], gen({ 'sty-03': level(2), 'sky-01': level(2) }), T0).items;
    expect(order(first)).toEqual(['sky-01-3', 'sty-03-3']);
    const r = reconcilePlan(first, gen({ 'sty-03': level(1), 'sky-01': level(2) }, T1), T1);
    expect(order(r.items)).toEqual(['sty-03-2', 'sty-03-3', 'sky-01-3']);
  });
});

describe('reconcilePlan: fixture sanity', () => {
  it('treats a generated-looking item with no match as obsolete', () => {
    const r = reconcilePlan([planItem({ id: 'a1:gone', templateId: 'gone' })], [], T1);
    expect(r.obsolete).toEqual(['a1:gone']);
    expect(r.items[0]).toMatchObject({ obsolete: true, updatedAt: T1 });
  });
});

describe('reconcilePlan: damaged input', () => {
  it('loses nothing even when two saved items share an id', () => {
    const a = planItem({ id: 'x', templateId: null, title: 'Ett' });
    const b = planItem({ id: 'x', templateId: null, title: 'Två', order: 1 });
    const r = reconcilePlan([a, b], [], T1);
    expect(r.items.map((i) => i.title)).toEqual(['Ett', 'Två']);
  });
});

describe('pendingRegeneration', () => {
  it('is null when nothing would be added or newly marked obsolete', () => {
    const values = { 'sty-01': level(1) };
    const settled = reconcilePlan([], gen(values), T0).items;
    expect(pendingRegeneration(settled, gen(values, T1), T1)).toBeNull();
  });

  it('counts what would be added and what would newly become obsolete, but not what already was', () => {
    const first = reconcilePlan([], gen({ 'sty-01': level(1) }), T0).items;
    const closing = pendingRegeneration(first, gen({ 'sty-01': level(2), 'sty-03': level(2) }, T1), T1);
    expect(closing).toMatchObject({ added: ['a1:sty-03-3'], newlyObsolete: 1 });
    const applied = closing!.items;
    expect(pendingRegeneration(applied, gen({ 'sty-01': level(2), 'sty-03': level(2) }, T2), T2)).toBeNull();
  });
});
