import type { MessageKey } from '../../i18n';
import type { LegalStatus } from '../../domain/legal/types';
import type { Verification } from '../../domain/legal/checklist';

export const statusKey = (s: LegalStatus): MessageKey => `legal.status.${s}`;
export const verificationKey = (v: Verification): MessageKey => `legal.verification.${v}`;
export const statusTone = (s: LegalStatus) =>
  s === 'pa-plats' ? 'tag--ok' : s === 'inte-bedomt' ? '' : 'tag--warn';

/** YYYY-MM-DD that is a real day, or empty. */
export function validDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
