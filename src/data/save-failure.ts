import { translate } from '../i18n';
import { useLanguage } from '../i18n/language';
import { useMessages } from '../ui/message-store';

/** Tells the user that a write failed (a full disk, a closed database), in their language. */
export function tellSaveFailed(error: unknown): void {
  const language = useLanguage.getState().language;
  const quota = error instanceof Error && error.name === 'QuotaExceededError';
  const reason = quota ? translate(language, 'app.quotaExceeded') : String(error);
  useMessages.getState().show(translate(language, 'app.saveFailed', { reason }));
}

/**
 * Runs a write started from an event handler. A failure is told to the user, never left as an
 * unhandled rejection that nobody sees; the result says whether the write went through, so a form
 * can stay open (with what the user typed) when it did not.
 */
export function persist(write: Promise<unknown>): Promise<boolean> {
  return write.then(
    () => true,
    (error: unknown) => {
      tellSaveFailed(error);
      return false;
    },
  );
}
