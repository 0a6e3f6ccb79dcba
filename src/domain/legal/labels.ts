import type { LegalStatus, SoaReason } from './types';

/** Swedish labels for files; the UI takes its labels from the i18n catalogues. */
export const LEGAL_STATUS_SV: Record<LegalStatus, string> = {
  'pa-plats': 'På plats',
  delvis: 'Delvis',
  saknas: 'Saknas',
  'inte-bedomt': 'Inte bedömt',
};

export const SOA_REASON_SV: Record<SoaReason, string> = {
  verksamhetsanalys: 'Verksamhetsanalys',
  riskanalys: 'Riskanalys',
  omvarldsanalys: 'Omvärldsanalys',
  lagkrav: 'Lagkrav',
  annat: 'Annat',
};
