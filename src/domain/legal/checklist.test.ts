import { describe, expect, it } from 'vitest';
import { realQuestionnaire } from '../../test/sample';
import data from './data/checklist.json';
import { CHECKLIST, checklistSchema, sourcesWithoutDuties } from './checklist';

const bank = realQuestionnaire();

describe('the legal checklist data', () => {
  it('covers 2 kap. 2–10 §§ of cybersäkerhetslagen', () => {
    expect(CHECKLIST.duties.map((d) => d.paragraph)).toEqual([
      '2 kap. 2 §',
      '2 kap. 3 §',
      '2 kap. 4 §',
      '2 kap. 5 §',
      '2 kap. 6 §',
      '2 kap. 7 §',
      '2 kap. 8 §',
      '2 kap. 9–10 §§',
    ]);
  });

  it('links only questions that exist in the question bank', () => {
    const ids = new Set(bank.areas.flatMap((a) => a.questions.map((q) => q.id)));
    for (const duty of CHECKLIST.duties) {
      // Only the registration is a checkpoint without questions (its date decides, since bank 1.1.0).
      if (duty.derive !== 'registration') expect(duty.questions.length, duty.id).toBeGreaterThan(0);
      for (const q of duty.questions) expect(ids, `${duty.id} → ${q}`).toContain(q);
    }
  });

  it('takes a föreskrift’s paragraph as data, and refuses an unknown source or a duplicate', () => {
    const added = structuredClone(data);
    added.duties.push({
      ...added.duties[0]!,
      id: 'mcffs-2026-11-1',
      source: 'mcffs-2026-11',
      paragraph: '1 §',
    });
    const parsed = checklistSchema.parse(added);
    expect(parsed.duties.at(-1)?.source).toBe('mcffs-2026-11');
    expect(sourcesWithoutDuties(parsed).map((s) => s.id)).not.toContain('mcffs-2026-11');
    const unknown = structuredClone(data);
    unknown.duties[0]!.source = 'nowhere';
    expect(checklistSchema.safeParse(unknown).success).toBe(false);
    const twice = structuredClone(data);
    twice.duties.push(twice.duties[0]!);
    expect(checklistSchema.safeParse(twice).success).toBe(false);
  });

  it('marks every föreskrift as not verified and the law as verified', () => {
    for (const s of CHECKLIST.sources)
      expect(s.verification).toBe(s.id === 'sfs-2025-1506' ? 'V' : s.verification);
    expect(
      CHECKLIST.sources.filter((s) => s.name.startsWith('MCFFS')).every((s) => s.verification !== 'V'),
    ).toBe(true);
  });
});
