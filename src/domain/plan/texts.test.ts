import { describe, expect, it } from 'vitest';
import { actionTemplates, englishTexts, shownTexts } from './texts';
import { realQuestionnaire } from '../../test/sample';

const template = {
  title: { sv: 'Utse en samordnare', en: 'Appoint a coordinator' },
  description: { sv: 'Besluta vem som samordnar.', en: 'Decide who coordinates.' },
  deliverable: { sv: 'Beslut', en: 'Decision' },
};
const generated = {
  title: 'Utse en samordnare',
  description: 'Besluta vem som samordnar.',
  deliverable: 'Beslut',
};

describe('englishTexts', () => {
  it('shows the questionnaire’s English for every text the user has not changed', () => {
    expect(englishTexts(generated, template)).toEqual({
      title: 'Appoint a coordinator',
      description: 'Decide who coordinates.',
      deliverable: 'Decision',
    });
  });

  it('shows what the user wrote as written, field by field', () => {
    expect(englishTexts({ ...generated, title: 'Utse Anna som samordnare' }, template)).toEqual({
      title: 'Utse Anna som samordnare',
      description: 'Decide who coordinates.',
      deliverable: 'Decision',
    });
  });

  it('keeps the stored text for hand-made items and templates without English', () => {
    expect(englishTexts(generated, undefined)).toEqual(generated);
    const swedishOnly = { ...template, deliverable: { sv: 'Beslut' } };
    expect(englishTexts(generated, swedishOnly).deliverable).toBe('Beslut');
  });
});

describe('shownTexts', () => {
  it('shows the stored texts in Swedish and the questionnaire’s English in English', () => {
    expect(shownTexts(generated, template, 'sv')).toEqual(generated);
    expect(shownTexts(generated, template, 'en').title).toBe('Appoint a coordinator');
  });
});

describe('actionTemplates', () => {
  it('finds every question and area action of the real questionnaire by id', () => {
    const q = realQuestionnaire();
    const templates = actionTemplates(q);
    const count = q.areas.reduce(
      (n, a) => n + a.areaActions.length + a.questions.reduce((m, x) => m + x.actions.length, 0),
      0,
    );
    expect(templates.size).toBe(count);
    expect(templates.get('ris-01-1')?.toLevel).toBe(1);
  });
});
