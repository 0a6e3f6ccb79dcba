import type { legalBasis as sv } from '../sv/legal-basis';

export const legalBasis: Record<keyof typeof sv, string> = {
  'ref.legalBasis': 'Legal basis',
  'legal.cslDuty': 'Swedish Cybersecurity Act, {paragraph}',
  'legal.cslMeasure':
    'Swedish Cybersecurity Act, 2 kap. 3 §, measure area {letter} (NIS2 art. 21.2 {letter})',
  'legal.gdpr-28': 'GDPR art. 28, processors',
  'legal.gdpr-44': 'GDPR art. 44, transfers to third countries',
  'legal.kommunallagen': "Local Government Act (2017:725) ch. 6 ss. 1 and 9, the executive board's oversight",
  'legal.ai-act': 'AI Act (EU) 2024/1689',
  'legal.gdpr-30': 'GDPR art. 30, records of processing activities',
  'legal.gdpr-33': 'GDPR art. 33, notifying personal data breaches',
  'legal.gdpr-35': 'GDPR art. 35, data protection impact assessment',
  'legal.osl': 'Public Access to Information and Secrecy Act (2009:400)',
  'legal.arkivlagen': 'Archives Act (1990:782)',
  'legal.sakerhetsskyddslagen': 'Protective Security Act (2018:585)',
};
