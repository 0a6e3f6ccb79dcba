import { listAssessments } from '../storage/assessments';
import { getSetting, setSetting } from '../storage/settings';

/** The app version whose "Nytt i den här versionen" was last shown in this browser. */
export const SEEN = 'appVersionSeen';

/**
 * Before the first render: a browser with nothing stored and no version recorded is a first visit,
 * so this version counts as seen. Without it, an assessment created before the idle-time check
 * (whats-new.ts) would make a first visit look like an update. Its own file, so the release notes
 * are not in the first load.
 */
export async function rememberFirstVisit(): Promise<void> {
  if ((await getSetting<string>(SEEN)) !== undefined) return;
  if ((await listAssessments()).length === 0) await setSetting(SEEN, __APP_VERSION__);
}
