/** The four answers a legal duty or an Annex A control can have, in the order they are shown. */
export const LEGAL_STATUSES = ['pa-plats', 'delvis', 'saknas', 'inte-bedomt'] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/** 1 kap. 9 §: a kommun is either väsentlig or viktig; the user decides, the app only explains. */
export const LAW_CATEGORIES = ['vasentlig', 'viktig'] as const;
export type LawCategory = (typeof LAW_CATEGORIES)[number];

/** MSB's reasons for including a control in the tillämpningsförklaring (gap tool, tab 1). */
export const SOA_REASONS = ['verksamhetsanalys', 'riskanalys', 'omvarldsanalys', 'lagkrav', 'annat'] as const;
export type SoaReason = (typeof SOA_REASONS)[number];

export type Contact = { name: string; phone: string; email: string };

/** The people the incident card names; free text, filled in by the kommun. */
export const CONTACT_ROLES = ['reporter', 'deputy', 'itOnCall', 'dpo', 'communications'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

export type LegalPlace = {
  category: LawCategory | null;
  /** SCB's four-digit kommun code; the län and the supervising länsstyrelse follow from it. */
  kommunCode: string | null;
  /** The day the registration (2 kap. 2 §) was made, YYYY-MM-DD. */
  registeredDate: string | null;
  contacts: Record<ContactRole, Contact>;
  /** How the CSIRT and IMY are reached, as the kommun has checked it (the channel may change). */
  reportChannel: string;
};

/** A duty's status set by hand, for what the answers cannot show; evidence is kept either way. */
export type DutyRecord = { status: LegalStatus | null; reason: string; evidence: string; updatedAt: string };

/** One person in ledningen and one training; a person listed without a date has not taken it yet. */
export type TrainingEntry = {
  id: string;
  name: string;
  /** Kommunstyrelsen, a nämnd, a bolagsstyrelse … free text. */
  body: string;
  course: string;
  date: string | null;
  updatedAt: string;
};

export type SoaEntry = {
  applicable: boolean;
  reasons: SoaReason[];
  /** Why the control applies, or why not (ISO 27001 6.1.3 d asks for a justification of exclusions). */
  justification: string;
  /** The user's status when the linked answers do not tell the truth; needs `overrideReason`. */
  override: LegalStatus | null;
  overrideReason: string;
  updatedAt: string;
};

/** Everything about the law and the tillämpningsförklaring that the user records on one assessment. */
export type LegalRecord = {
  place: LegalPlace;
  /** By duty id from the checklist data. */
  duties: Record<string, DutyRecord>;
  trainings: TrainingEntry[];
  /** By Annex A control id ("5.1"); a control without an entry is applicable with no reason yet. */
  soa: Record<string, SoaEntry>;
};

export const LEGAL_LIMITS = {
  name: 120,
  phone: 40,
  email: 200,
  reportChannel: 1000,
  reason: 1000,
  evidence: 2000,
  body: 200,
  course: 200,
  trainings: 500,
  /** Entries by id in a share file: far above the checklist's duties and Annex A's 93 controls. */
  duties: 200,
  soa: 200,
} as const;

const emptyContact = (): Contact => ({ name: '', phone: '', email: '' });

export function emptyLegalRecord(): LegalRecord {
  return {
    place: {
      category: null,
      kommunCode: null,
      registeredDate: null,
      contacts: {
        reporter: emptyContact(),
        deputy: emptyContact(),
        itOnCall: emptyContact(),
        dpo: emptyContact(),
        communications: emptyContact(),
      },
      reportChannel: '',
    },
    duties: {},
    trainings: [],
    soa: {},
  };
}

export function defaultSoaEntry(updatedAt = ''): SoaEntry {
  return { applicable: true, reasons: [], justification: '', override: null, overrideReason: '', updatedAt };
}
