import { useCallback } from 'react';
import { useT } from '../i18n';
import { useMessages } from '../ui/message-store';

/** Runs the making of a file from a button; a failure is told to the user, never lost. */
export function useSaveFile() {
  const t = useT();
  const show = useMessages((s) => s.show);
  return useCallback(
    async (make: () => Promise<void> | void) => {
      try {
        await make();
      } catch (error) {
        show(t('plan.exportFailed', { reason: error instanceof Error ? error.message : String(error) }));
      }
    },
    [show, t],
  );
}
