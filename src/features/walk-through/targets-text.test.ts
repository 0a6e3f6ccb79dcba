import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET, LAW_FLOOR } from '../../domain/scoring/targets';
import { sv } from '../../i18n/sv';
import { en } from '../../i18n/en';

describe('the default targets and the text that explains them', () => {
  it('name the same levels as the rule, in both languages', () => {
    expect(sv['overview.defaultReasonLaw']).toContain(`nivå ${LAW_FLOOR}`);
    expect(sv['overview.defaultReasonBase']).toContain(`nivå ${DEFAULT_TARGET}`);
    expect(en['overview.defaultReasonLaw']).toContain(`level ${LAW_FLOOR}`);
    expect(en['overview.defaultReasonBase']).toContain(`level ${DEFAULT_TARGET}`);
    expect(sv['overview.targetsIntro']).toContain(`nivå ${LAW_FLOOR}`);
    expect(sv['overview.targetsIntro']).toContain(`nivå ${DEFAULT_TARGET}`);
  });
});
