import { translate } from '../i18n';
import { isLanguage, useLanguage } from '../i18n/language';
import { openDatabase, requestPersistentStorage } from '../storage/persistence';
import { getSetting, setSetting } from '../storage/settings';
import { useMessages } from '../ui/message-store';
import { usePersistence } from '../ui/persistence-store';

/** Set once the user has closed the warning that the browser may clear our data. */
const STORAGE_NOTICE_SEEN = 'storageNoticeSeen';

/** Before the first render: open the database, restore the language, ask for persistent storage. */
export async function boot(): Promise<void> {
  useLanguage.subscribe((s) => {
    document.documentElement.lang = s.language;
  });
  try {
    await openDatabase();
  } catch {
    useMessages.getState().show(translate(useLanguage.getState().language, 'app.storage.unavailable'));
    return;
  }
  const saved = await getSetting<string>('language').catch(() => undefined);
  if (isLanguage(saved)) useLanguage.getState().setLanguage(saved);
  document.documentElement.lang = useLanguage.getState().language;
  void warnIfNotPersistent();
}

/**
 * The warning that the browser may clear our data comes as a message once, until the user closes
 * it; after that the start page keeps a quiet reminder, so the warning does not nag on every visit.
 */
async function warnIfNotPersistent(): Promise<void> {
  const state = await requestPersistentStorage().catch(() => 'unsupported' as const);
  const seen = state === 'refused' && (await getSetting<boolean>(STORAGE_NOTICE_SEEN).catch(() => false));
  usePersistence.setState({ state });
  if (state !== 'refused' || seen) return;
  useMessages
    .getState()
    .show(translate(useLanguage.getState().language, 'app.storage.refused'), 'info', () => {
      void setSetting(STORAGE_NOTICE_SEEN, true).catch(() => undefined);
    });
}
