import { describe, expect, it } from 'vitest';
import { cslParagraphLabel, formatNis2, isCslAreaAction, isCslRequirement } from './legal-basis';
import { realQuestionnaire } from '../../test/sample';

describe('isCslRequirement', () => {
  it('counts an explicit duty and an art. 21.2 measure area, never another law alone', () => {
    expect(isCslRequirement({ legalBasis: [{ kind: 'csl-duty', paragraph: '2:4' }] })).toBe(true);
    expect(isCslRequirement({ legalBasis: [{ kind: 'csl-measure', letter: 'b' }] })).toBe(true);
    expect(isCslRequirement({ legalBasis: [{ kind: 'other-law', law: 'gdpr-33' }] })).toBe(false);
    expect(
      isCslRequirement({
        legalBasis: [
          { kind: 'other-law', law: 'osl' },
          { kind: 'csl-measure', letter: 'd' },
        ],
      }),
    ).toBe(true);
    expect(isCslRequirement({ legalBasis: [] })).toBe(false);
  });

  const questions = realQuestionnaire().areas.flatMap((a) => a.questions);

  it('keeps the GDPR breach duty out of the cybersäkerhetslag list in the real bank', () => {
    const byId = (id: string) => questions.find((q) => q.id === id)!;
    expect(byId('inc-04').legalBasis).toEqual([{ kind: 'other-law', law: 'gdpr-33' }]);
    // 2 kap. 9–10 §§ has its own question since 1.1.0 (both reviewers of issue 14 asked for it).
    expect(byId('inc-08').legalBasis).toEqual([{ kind: 'csl-duty', paragraph: '2:9-10' }]);
    expect(isCslRequirement(byId('inc-04'))).toBe(false);
    expect(isCslRequirement(byId('inc-03'))).toBe(true);
    expect(isCslRequirement(byId('utb-02'))).toBe(true);
  });

  it('counts an area action only in an area with a requirement and with an art. 21.2 letter', () => {
    const law = { questions: [{ legalBasis: [{ kind: 'csl-measure' as const, letter: 'a' as const }] }] };
    const none = { questions: [{ legalBasis: [] }] };
    const withLetter = { references: { iso: [], csf: [], cis: [], nis2: ['a' as const] } };
    const withoutLetter = { references: { iso: ['9.1'], csf: [], cis: [], nis2: [] } };
    expect(isCslAreaAction(law, withLetter)).toBe(true);
    expect(isCslAreaAction(law, withoutLetter)).toBe(false);
    expect(isCslAreaAction(none, withLetter)).toBe(false);
  });
});

describe('labels', () => {
  it('cites paragraphs and NIS2 ids as a reader expects them', () => {
    expect(cslParagraphLabel('2:4')).toBe('2 kap. 4 §');
    expect(cslParagraphLabel('2:5-8')).toBe('2 kap. 5–8 §§');
    expect(formatNis2(['a', 'b', 'art23'])).toBe('art. 21.2 a, b; art. 23');
    expect(formatNis2(['art3.4'])).toBe('art. 3.4');
  });
});
