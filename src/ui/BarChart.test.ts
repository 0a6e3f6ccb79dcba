import { describe, expect, it } from 'vitest';
import { wrapLabel } from './BarChart';

describe('wrapLabel (the narrow chart’s area names)', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('Identitet och åtkomst', 36)).toEqual(['Identitet och åtkomst']);
  });
  it('wraps a long name at a space onto a second line, each line within the width', () => {
    const lines = wrapLabel('Samhällsviktig drift, fysiskt skydd och säkerhetsskydd', 36);
    expect(lines).toEqual(['Samhällsviktig drift, fysiskt skydd', 'och säkerhetsskydd']);
  });
  it('cuts what would need a third line with an ellipsis', () => {
    const lines = wrapLabel('ett två tre fyra fem sex sju åtta nio tio elva tolv', 12);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => l.length <= 12)).toBe(true);
  });
});
