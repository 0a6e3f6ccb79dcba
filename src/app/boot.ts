import { translate } from '../i18n';
import { isLanguage, useLanguage } from '../i18n/language';
import { db } from '../storage/db';
import { requestPersistentStorage } from '../storage/persistence';
import { getSetting } from '../storage/settings';
import { useMessages } from '../ui/message-store';

/** Before the first render: open the database, restore the language, ask for persistent storage. */
export async function boot(): Promise<void> {
  useLanguage.subscribe((s) => {
    document.documentElement.lang = s.language;
  });
  try {
    await db().open();
  } catch {
    useMessages.getState().show(translate(useLanguage.getState().language, 'app.storage.unavailable'));
    return;
  }
  const saved = await getSetting<string>('language').catch(() => undefined);
  if (isLanguage(saved)) useLanguage.getState().setLanguage(saved);
  document.documentElement.lang = useLanguage.getState().language;
  void requestPersistentStorage().then((state) => {
    if (state === 'refused')
      useMessages.getState().show(translate(useLanguage.getState().language, 'app.storage.refused'), 'info');
  });
}
