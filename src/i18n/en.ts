import type { MessageKey } from './sv';
import { core } from './en/core';
import { walk } from './en/walk';
import { report } from './en/report';
import { plan } from './en/plan';
import { planTable } from './en/plan-table';
import { planSettings } from './en/plan-settings';
import { planGoals } from './en/plan-goals';
import { sharing } from './en/sharing';
import { safety } from './en/safety';
import { legalBasis } from './en/legal-basis';
import { about } from './en/about';
import { legal } from './en/legal';
import { updates } from './en/updates';
import { backup } from './en/backup';
import { workshop } from './en/workshop';
import { brief } from './en/brief';
import { followUp } from './en/follow-up';
import { regionOverview } from './en/region';
import { regionSend } from './en/region-send';

/** English: complete for the UI. Questionnaire content falls back to Swedish where English is missing. */
export const en: Record<MessageKey, string> = {
  ...core,
  ...walk,
  ...report,
  ...plan,
  ...planTable,
  ...planSettings,
  ...planGoals,
  ...sharing,
  ...safety,
  ...legalBasis,
  ...about,
  ...legal,
  ...updates,
  ...backup,
  ...workshop,
  ...brief,
  ...followUp,
  ...regionOverview,
  ...regionSend,
};
