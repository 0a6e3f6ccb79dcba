/** Set once the user has read the warning that the browser may clear our data. */
export const STORAGE_NOTICE_SEEN = 'storageNoticeSeen';
/** Tabell or Kort on the plan page, remembered on this device. */
export const PLAN_VIEW_SETTING = 'planView';

import { db } from './db';

export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await db().settings.get(key))?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await db().settings.put({ key, value });
}
