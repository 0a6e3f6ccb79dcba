import { useState } from 'react';
import { useT } from '../../i18n';
import { useFormatDateTime } from '../../i18n/use-format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Notice';
import { persist } from '../../data/save-failure';
import { undoMerge } from '../../storage/exchange';
import { useMergeUndo } from '../../storage/hooks';

/**
 * "Ångra sammanslagningen": puts the assessment back as it was before the last merge. A change made
 * after the merge is never thrown away without the user confirming it.
 */
export function UndoMerge({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  const dateTime = useFormatDateTime();
  const info = useMergeUndo(assessmentId);
  const [confirming, setConfirming] = useState(false);
  const [undone, setUndone] = useState(false);

  const run = async (discardLaterChanges: boolean) => {
    setConfirming(false);
    let result: Awaited<ReturnType<typeof undoMerge>> | undefined;
    const ok = await persist(
      undoMerge(assessmentId, discardLaterChanges).then((r) => {
        result = r;
      }),
    );
    if (!ok) return;
    if (result === 'changed') setConfirming(true);
    else setUndone(true);
  };

  if (undone)
    return (
      <div role="status">
        <Notice tone="ok">{t('merge.undone')}</Notice>
      </div>
    );
  if (!info) return null;
  return (
    <div className="merge-undo">
      <p>
        {t('merge.undoInfo', { when: dateTime(info.mergedAt) })}{' '}
        <button type="button" className="button button--secondary" onClick={() => void run(false)}>
          {t('merge.undo')}
        </button>
      </p>
      <ConfirmDialog
        open={confirming}
        title={t('merge.undoChangedTitle')}
        confirmLabel={t('merge.undoAnyway')}
        cancelLabel={t('merge.undoKeep')}
        danger
        onConfirm={() => void run(true)}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('merge.undoChanged')}</p>
      </ConfirmDialog>
    </div>
  );
}
