import type { Translate } from '../../i18n';
import type { LegalItem } from '../../domain/exchange/merge-legal';
import { CHECKLIST } from '../../domain/legal/checklist';
import { kommunByCodeOf } from '../../domain/legal/kommuner';
import type { LegalStatus } from '../../domain/legal/types';

const status = (t: Translate, s: LegalStatus | null) =>
  s === null ? t('legal.duty.fromAnswers') : t(`legal.status.${s}`);

/** Which part of the legal record an item is, for the merge screen. */
export function describeLegalItem(t: Translate, item: LegalItem): string {
  switch (item.part) {
    case 'place':
      return t('merge.legal.place', { field: t(`merge.legal.field.${item.field}`) });
    case 'contact':
      return t('merge.legal.contact', { role: t(`legal.contacts.${item.role}`) });
    case 'duty':
      return t('merge.legal.duty', {
        paragraph: CHECKLIST.duties.find((d) => d.id === item.id)?.paragraph ?? item.id,
      });
    case 'training':
      return t('merge.legal.training', { name: item.value.name });
    case 'soa':
      return t('merge.legal.soa', { id: item.id });
  }
}

/** An item's content in words, so the user can compare two versions side by side. */
export function describeLegalValue(t: Translate, item: LegalItem | null): string {
  if (!item) return t('merge.value.none');
  switch (item.part) {
    case 'place': {
      const v = item.value;
      if (v === null || v === '') return t('merge.value.none');
      if (item.field === 'category')
        return t(v === 'vasentlig' ? 'legal.place.vasentlig' : 'legal.place.viktig');
      if (item.field === 'kommunCode') return `${kommunByCodeOf(v)?.name ?? ''} (${v})`;
      return v;
    }
    case 'contact':
      return [item.value.name, item.value.phone, item.value.email].filter(Boolean).join(', ');
    case 'duty':
      return [
        `${t('legal.duty.status')}: ${status(t, item.value.status)}`,
        item.value.reason && t('legal.duty.manualReason', { reason: item.value.reason }),
        item.value.evidence && t('legal.duty.storedEvidence', { evidence: item.value.evidence }),
      ]
        .filter(Boolean)
        .join('\n');
    case 'training':
      return [
        item.value.name,
        item.value.body,
        item.value.course,
        item.value.date ?? t('legal.training.notTaken'),
      ]
        .filter(Boolean)
        .join(', ');
    case 'soa':
      return [
        `${t('soa.applicable')}: ${item.value.applicable ? t('soa.yes') : t('soa.no')}`,
        item.value.reasons.length > 0 &&
          `${t('soa.reasons')}: ${item.value.reasons.map((r) => t(`soa.reason.${r}`)).join(', ')}`,
        item.value.justification && `${t('soa.justification')}: ${item.value.justification}`,
        item.value.override !== null &&
          `${t('soa.override')}: ${status(t, item.value.override)} (${item.value.overrideReason})`,
      ]
        .filter(Boolean)
        .join('\n');
  }
}
