import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n';
import { planItem } from '../../domain/plan/fixtures/items';
import { emptyPlanSettings } from '../../domain/plan/settings';
import { assessment, realQuestionnaire } from '../../test/sample';
import { planDocument } from './plan-word-file';

const t: Parameters<typeof planDocument>[0]['t'] = (key, params) => translate('sv', key, params);

describe('the plan as a Word document', () => {
  it('counts a quarter of one action in the singular and of several in the plural', () => {
    const questionnaire = realQuestionnaire();
    const items = [
      planItem({ id: 'a1:1', order: 0, due: '2027-01-31' }),
      planItem({ id: 'a1:2', order: 1, due: '2027-04-30' }),
      planItem({ id: 'a1:3', order: 2, due: '2027-05-31' }),
    ];
    const model = planDocument({
      assessment: assessment({ date: '2026-12-01' }),
      questionnaire,
      items,
      goals: [],
      coverage: { basis: 112, applicable: 112, share: 1, incomplete: false },
      today: '2026-12-02',
      t,
      language: 'sv',
    });
    const headings = model.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []));
    expect(headings).toEqual(['Kv 1 2027 (1 åtgärd)', 'Kv 2 2027 (2 åtgärder)']);
    expect(model.warning).toBe('');
    // The priority-1 figure is what is left to do, and says so (the page counts all of them).
    expect(model.blocks).toContainEqual({
      kind: 'paragraph',
      text: '3 åtgärder, varav 0 klara. Kvar med prioritet 1: 3.',
    });
  });

  it('says on every page when the assessment behind it is incomplete', () => {
    const model = planDocument({
      assessment: assessment({ date: '2026-12-01' }),
      questionnaire: realQuestionnaire(),
      items: [planItem({ id: 'a1:1', order: 0, due: '2027-01-31' })],
      goals: [],
      coverage: { basis: 56, applicable: 112, share: 0.5, incomplete: true },
      today: '2026-12-02',
      t,
      language: 'sv',
    });
    expect(model.warning).toBe('Ofullständig skattning: bygger på 56 av 112 frågor');
  });

  it('names the kommun’s own person as owner, and a questionnaire role in the UI’s words', () => {
    const questionnaire = realQuestionnaire();
    const role = questionnaire.roles[0]!;
    const model = planDocument({
      assessment: assessment({
        date: '2026-12-01',
        planSettings: { ...emptyPlanSettings(), roles: [{ id: 'egen-a', name: 'Anna Berg, IT-säkerhet' }] },
      }),
      questionnaire,
      items: [
        planItem({ id: 'a1:1', order: 0, due: '2027-01-31', ownerRole: 'egen-a' }),
        planItem({ id: 'a1:2', order: 1, due: '2027-01-31', ownerRole: role.id }),
      ],
      goals: [],
      coverage: { basis: 112, applicable: 112, share: 1, incomplete: false },
      today: '2026-12-02',
      t,
      language: 'sv',
    });
    const cells = model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : [])).join('|');
    expect(cells.replace(/\u00AD/g, '')).toContain('Anna Berg, IT-säkerhet');
    expect(cells.replace(/\u00AD/g, '')).toContain(role.name.sv);
    expect(cells).not.toContain('egen-a');
  });
});
