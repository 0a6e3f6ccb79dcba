/** The legal basis of a question (questionnaire `legalBasis`), as the walk-through lists it. */
export const legalBasis = {
  'ref.legalBasis': 'Rättslig grund',
  'legal.cslDuty': 'Cybersäkerhetslagen {paragraph}',
  'legal.cslMeasure': 'Cybersäkerhetslagen 2 kap. 3 §, åtgärdsområde {letter} (NIS2 art. 21.2 {letter})',
  'legal.gdpr-28': 'Dataskyddsförordningen (GDPR) art. 28, personuppgiftsbiträden',
  'legal.gdpr-44': 'Dataskyddsförordningen (GDPR) art. 44, överföring till tredjeland',
  'legal.kommunallagen': 'Kommunallagen (2017:725) 6 kap. 1 och 9 §§, kommunstyrelsens uppsikt',
  'legal.ai-act': 'AI-förordningen (EU) 2024/1689',
  'legal.gdpr-30': 'Dataskyddsförordningen (GDPR) art. 30, register över behandlingar',
  'legal.gdpr-33': 'Dataskyddsförordningen (GDPR) art. 33, anmälan av personuppgiftsincidenter',
  'legal.gdpr-35': 'Dataskyddsförordningen (GDPR) art. 35, konsekvensbedömning',
  'legal.osl': 'Offentlighets- och sekretesslagen (2009:400)',
  'legal.arkivlagen': 'Arkivlagen (1990:782)',
  'legal.sakerhetsskyddslagen': 'Säkerhetsskyddslagen (2018:585)',
} as const;
