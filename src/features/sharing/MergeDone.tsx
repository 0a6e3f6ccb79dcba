import { useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { UndoMerge } from './UndoMerge';

/** After a merge: say so, lead on to the assessment, and offer to undo it. */
export function MergeDone({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  return (
    <Page title={t('merge.doneTitle')}>
      <div role="status">
        <Notice tone="ok">{t('merge.done')}</Notice>
      </div>
      <p>
        <a className="button" href={`#/skattning/${encodeURIComponent(assessmentId)}`}>
          {t('merge.toAssessment')}
        </a>
      </p>
      <UndoMerge assessmentId={assessmentId} />
    </Page>
  );
}
