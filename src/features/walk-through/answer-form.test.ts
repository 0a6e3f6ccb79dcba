import { describe, expect, it } from 'vitest';
import { reasonMissing, toForm, toValue } from './answer-form';

describe('answer form', () => {
  it('asks for a reason only when "ej tillämplig" has none', () => {
    expect(reasonMissing('na', '')).toBe(true);
    expect(reasonMissing('na', '   ')).toBe(true);
    expect(reasonMissing('na', 'Sköts av förbundet')).toBe(false);
    expect(reasonMissing('2', '')).toBe(false);
    expect(reasonMissing('', '')).toBe(false);
  });

  it('turns stored answers into fields and back', () => {
    expect(toForm(undefined)).toEqual({ choice: '', naReason: '', note: '', flagged: false });
    const na = toValue('na', 'Gäller inte oss');
    expect(na).toEqual({ kind: 'not-applicable', reason: 'Gäller inte oss' });
    expect(toValue('3', '')).toEqual({ kind: 'level', level: 3 });
    expect(toValue('unknown', 'x')).toEqual({ kind: 'unknown' });
    expect(toValue('', '')).toBeNull();
  });
});
