import { describe, expect, it } from 'vitest';
import { planItemEditSchema } from './edit-schema';
import { manualItemDefaults } from './manual-item';

describe('manualItemDefaults', () => {
  it('starts a hand-made item at priority 3, not started, owned by the samordnare, over the plan period', () => {
    const values = manualItemDefaults({ date: '2026-03-15' });
    expect(values).toMatchObject({
      ownerRole: 'informationssakerhetssamordnare',
      start: '2026-03-15',
      due: '2027-03-15',
      status: 'ej-paborjad',
      priority: 3,
      effort: 'medel',
    });
  });

  it('gives every field the edit form has, each valid except the title the user must write', () => {
    const values = manualItemDefaults({ date: '2026-03-15' });
    expect(Object.keys(values).sort()).toEqual(Object.keys(planItemEditSchema.shape).sort());
    const result = planItemEditSchema.safeParse(values);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['title']);
  });
});
