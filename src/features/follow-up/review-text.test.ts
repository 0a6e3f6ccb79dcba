import { describe, expect, it } from 'vitest';
import { localize, translate } from '../../i18n';
import { planItem } from '../../domain/plan/fixtures/items';
import { emptyPlanSettings } from '../../domain/plan/settings';
import { assessment, realQuestionnaire } from '../../test/sample';
import { reviewTexts } from './review-text';

describe('the management review’s words', () => {
  it('names an owner the kommun added itself as the plan does, never by its id', () => {
    const questionnaire = realQuestionnaire();
    const role = questionnaire.roles[0]!;
    const texts = reviewTexts(
      questionnaire,
      assessment({
        planSettings: { ...emptyPlanSettings(), roles: [{ id: 'egen-a', name: 'Anna Berg, IT-säkerhet' }] },
      }),
      {
        t: (key, params) => translate('en', key, params),
        loc: (text) => localize(text, 'en').text,
        language: 'en',
      },
    );
    expect(texts.owner(planItem({ ownerRole: 'egen-a', ownerName: '' }))).toBe('Anna Berg, IT-säkerhet');
    expect(texts.owner(planItem({ ownerRole: role.id, ownerName: 'Per' }))).toBe(
      `${localize(role.name, 'en').text} (Per)`,
    );
  });
});
