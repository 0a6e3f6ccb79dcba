import { rememberFirstVisit } from '../data/first-visit';
import { loadCatalogue, translate } from '../i18n';
import { isLanguage, useLanguage } from '../i18n/language';
import { openDatabase, requestPersistentStorage } from '../storage/persistence';
import { getSetting } from '../storage/settings';
import { useMessages } from '../ui/message-store';
import { usePersistence } from '../ui/persistence-store';
import { rememberShellLanguage } from './shell-language';

import { STORAGE_NOTICE_SEEN } from '../storage/settings';

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
  // English is fetched before the first render, so the page never shows a key or half Swedish.
  if (isLanguage(saved))
    await loadCatalogue(saved).then(
      () => useLanguage.getState().setLanguage(saved),
      () => undefined,
    );
  document.documentElement.lang = useLanguage.getState().language;
  rememberShellLanguage(useLanguage.getState().language);
  await rememberFirstVisit().catch(() => undefined);
  void warnIfNotPersistent();
}

/**
 * Asks the browser to keep our data. When it refuses, the start page (and only the start page)
 * warns once, until the user has read it; after that it keeps a single quiet line.
 */
async function warnIfNotPersistent(): Promise<void> {
  const state = await requestPersistentStorage().catch(() => 'unsupported' as const);
  const seen = state === 'refused' && (await getSetting<boolean>(STORAGE_NOTICE_SEEN).catch(() => false));
  usePersistence.setState({ state, noticeSeen: seen === true });
}
