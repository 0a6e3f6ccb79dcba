import { useState } from 'react';
import { useT } from '../../i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { removeEverything } from '../../storage/backup';

/** On a shared computer: everything the app stored in this browser, gone in one confirmed step. */
export function RemoveEverything() {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<'removed' | 'failed' | null>(null);
  const remove = async () => {
    setAsking(false);
    try {
      await removeEverything();
      setResult('removed');
    } catch {
      setResult('failed');
    }
  };
  return (
    <section aria-labelledby="about-remove">
      <h3 id="about-remove">{t('backup.removeHeading')}</h3>
      <p>{t('backup.removeIntro')}</p>
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        {t('backup.removeButton')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('backup.removeConfirmTitle')}
        confirmLabel={t('backup.removeConfirm')}
        cancelLabel={t('backup.removeCancel')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('backup.removeConfirmText')}</p>
      </ConfirmDialog>
      <div role="status">
        {result === 'removed' && (
          <Notice tone="ok">
            <p>{t('backup.removed')}</p>
            <p>
              <a href="#/">{t('backup.toStart')}</a>
            </p>
          </Notice>
        )}
        {result === 'failed' && <Notice tone="error">{t('backup.removeFailed')}</Notice>}
      </div>
    </section>
  );
}
