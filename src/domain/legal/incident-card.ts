import type { ContactRole } from './types';

export type IncidentStepId = 'early-warning' | 'notification' | 'gdpr' | 'inform-users' | 'interim' | 'final';
export type Recipient = 'csirt' | 'imy' | 'users';

/**
 * The steps on the incident card, in the order they fall due after the kommun learns of a
 * significant incident. The personal-data breach report rests on GDPR, not on the
 * cybersäkerhetslag, and runs in parallel with the notification.
 */
export const INCIDENT_STEPS: readonly {
  id: IncidentStepId;
  basis: string;
  who: ContactRole;
  to: Recipient;
}[] = [
  { id: 'early-warning', basis: 'Cybersäkerhetslagen 2 kap. 5 §', who: 'reporter', to: 'csirt' },
  { id: 'notification', basis: 'Cybersäkerhetslagen 2 kap. 6 §', who: 'reporter', to: 'csirt' },
  { id: 'gdpr', basis: 'GDPR art. 33', who: 'dpo', to: 'imy' },
  { id: 'inform-users', basis: 'Cybersäkerhetslagen 2 kap. 9–10 §§', who: 'communications', to: 'users' },
  { id: 'interim', basis: 'Cybersäkerhetslagen 2 kap. 7 §', who: 'reporter', to: 'csirt' },
  { id: 'final', basis: 'Cybersäkerhetslagen 2 kap. 8 §', who: 'reporter', to: 'csirt' },
];
