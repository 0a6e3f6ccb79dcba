import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../i18n';
import { Notice } from '../ui/Notice';
import { Toast } from '../ui/Toast';

/**
 * Registers the service worker. A new version never reloads the page by itself (a reload under
 * a half-filled form is exactly what must not happen); the user chooses when.
 */
export function UpdatePrompt() {
  const t = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh && !offlineReady) return null;
  return (
    <div role={needRefresh ? 'status' : undefined} className="update-prompt">
      {needRefresh ? (
        <Notice tone="info">
          <p>{t('app.update.available')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
              {t('app.update.reload')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setNeedRefresh(false)}>
              {t('app.update.later')}
            </button>
          </div>
        </Notice>
      ) : (
        // Good news, not a banner above the page: a short note at the bottom of the screen.
        <Toast>
          <span>{t('app.update.offlineReady')}</span>
          <button type="button" className="button button--link" onClick={() => setOfflineReady(false)}>
            {t('app.closeMessage')}
          </button>
        </Toast>
      )}
    </div>
  );
}
