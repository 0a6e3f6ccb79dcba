import type { LegalStatus, TrainingEntry } from './types';

const key = (name: string) => name.trim().toLocaleLowerCase('sv');

/**
 * 2 kap. 4 §: everyone in ledningen is trained. A person is known by name (case and spaces aside)
 * and counts as trained once one of their rows has a date. No one listed gives no status, so the
 * answer to the question about it decides.
 */
export function trainingStatus(entries: readonly TrainingEntry[]): {
  status: LegalStatus | null;
  people: number;
  missing: string[];
} {
  const people = new Map<string, { name: string; trained: boolean }>();
  for (const e of entries) {
    if (e.name.trim() === '') continue;
    const k = key(e.name);
    const p = people.get(k) ?? { name: e.name.trim(), trained: false };
    p.trained ||= e.date !== null;
    people.set(k, p);
  }
  const all = [...people.values()];
  const missing = all.filter((p) => !p.trained).map((p) => p.name);
  if (all.length === 0) return { status: null, people: 0, missing };
  const status: LegalStatus =
    missing.length === 0 ? 'pa-plats' : missing.length === all.length ? 'saknas' : 'delvis';
  return { status, people: all.length, missing };
}
