import { create } from 'zustand';
import type { AnswerConsequences } from '../domain/questionnaire/bank-changes';
import type { Localized } from '../domain/questionnaire/schema';
import type { ReleaseNote } from '../domain/updates/whats-new';

/** One stored assessment moved to a newer question bank, and what that meant for its answers. */
export type BankNotice = {
  assessmentId: string;
  organisation: string;
  consequences: AnswerConsequences;
  /** Text and area of every question named in `consequences`, as the bank has it today. */
  questions: Record<string, { text: Localized; areaId: string }>;
  /** What each bank version changed, in plain words, oldest first. */
  summaries: { version: string; summary: Localized }[];
};

type WhatsNewState = {
  notes: ReleaseNote[];
  banks: BankNotice[];
  show: (notes: ReleaseNote[], banks: BankNotice[]) => void;
  close: () => void;
};

/** "Nytt i den här versionen", shown once after an update until the user closes it. UI state only. */
export const useWhatsNew = create<WhatsNewState>((set) => ({
  notes: [],
  banks: [],
  show: (notes, banks) => set({ notes, banks }),
  close: () => set({ notes: [], banks: [] }),
}));
