import type { Assessment } from '../domain/assessment/types';
import type { LegalRecord } from '../domain/legal/types';
import { nowIso } from '../domain/ids';
import { db } from './db';

/** The assessment's legal record (the kommun's place, checklist, training log, SoA). */
export function legalOf(assessment: Assessment): LegalRecord {
  return assessment.legal;
}

/**
 * Changes the legal record of one assessment, reading it in the same transaction: two quick
 * changes (or two tabs) to different parts both stay, whatever each page last saw.
 */
export async function updateLegal(
  id: string,
  change: (legal: LegalRecord, now: string) => void,
): Promise<void> {
  const changed = await db()
    .assessments.where('id')
    .equals(id)
    .modify((a) => {
      const now = nowIso();
      const legal = structuredClone(legalOf(a));
      change(legal, now);
      a.legal = legal;
      a.updatedAt = now;
    });
  if (changed === 0) throw new Error(`Skattningen ${id} finns inte`);
}
