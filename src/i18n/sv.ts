import { core } from './sv/core';
import { walk } from './sv/walk';
import { report } from './sv/report';
import { plan } from './sv/plan';
import { planTable } from './sv/plan-table';
import { planSettings } from './sv/plan-settings';
import { planGoals } from './sv/plan-goals';
import { sharing } from './sv/sharing';
import { safety } from './sv/safety';
import { legalBasis } from './sv/legal-basis';
import { about } from './sv/about';
import { legal } from './sv/legal';
import { updates } from './sv/updates';
import { backup } from './sv/backup';
import { workshop } from './sv/workshop';
import { brief } from './sv/brief';
import { followUp } from './sv/follow-up';
import { regionOverview } from './sv/region';
import { regionSend } from './sv/region-send';

/** Swedish: the default and reference language, one file per part of the app. en.ts must have every key. */
export const sv = {
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
} as const;

export type MessageKey = keyof typeof sv;
