import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import type { Assessment } from '../../domain/assessment/types';
import { deleteAssessment, restoreAssessment, type AssessmentSnapshot } from '../../storage/assessments';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { persist, tellSaveFailed } from '../../data/save-failure';

const UNDO_MS = 8000;

/** Delete after a confirmation, then offer undo for a few seconds by restoring the snapshot. */
export function useDeleteWithUndo() {
  const t = useT();
  const [asking, setAsking] = useState<Assessment | null>(null);
  const [undo, setUndo] = useState<AssessmentSnapshot | null>(null);
  const [restored, setRestored] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const confirm = async () => {
    if (!asking) return;
    let snapshot: AssessmentSnapshot | null;
    try {
      snapshot = await deleteAssessment(asking.id);
    } catch (error) {
      tellSaveFailed(error);
      return setAsking(null);
    }
    setAsking(null);
    setRestored(null);
    setUndo(snapshot);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setUndo(null), UNDO_MS);
  };

  const doUndo = async () => {
    if (!undo) return;
    if (!(await persist(restoreAssessment(undo)))) return;
    setRestored(undo.assessment.organisation);
    setUndo(null);
  };

  const dialog = (
    <ConfirmDialog
      open={asking !== null}
      title={t('start.deleteTitle', { name: asking?.organisation ?? '' })}
      confirmLabel={t('start.deleteConfirm')}
      cancelLabel={t('start.cancel')}
      danger
      onConfirm={() => void confirm()}
      onCancel={() => setAsking(null)}
    >
      <p>{t('start.deleteBody')}</p>
    </ConfirmDialog>
  );

  const toast = undo ? (
    <>
      <span>{t('start.deleted', { name: undo.assessment.organisation })}</span>
      <button type="button" className="button button--link" onClick={() => void doUndo()}>
        {t('start.undo')}
      </button>
    </>
  ) : restored ? (
    <span>{t('start.restored', { name: restored })}</span>
  ) : null;

  return { requestDelete: setAsking, dialog, toast };
}
