import { useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { useAnsweredCounts, useAssessments } from '../../storage/hooks';
import { AssessmentRow } from './AssessmentRow';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { Toast } from '../../ui/Toast';
import { usePersistence } from '../../ui/persistence-store';
import { Notice } from '../../ui/Notice';
import { STORAGE_NOTICE_SEEN, setSetting } from '../../storage/settings';
import { TableFrame } from '../../ui/TableFrame';
import { StartActions } from './StartActions';
import { rowCounts } from './row-counts';

export function StartPage() {
  const t = useT();
  const assessments = useAssessments();
  const counts = useAnsweredCounts();
  const { requestDelete, dialog, toast } = useDeleteWithUndo();
  const latest = assessments?.[0];
  const persistence = usePersistence((s) => s.state);
  const noticeSeen = usePersistence((s) => s.noticeSeen);
  const closeNotice = () => {
    usePersistence.setState({ noticeSeen: true });
    void setSetting(STORAGE_NOTICE_SEEN, true).catch(() => undefined);
  };

  return (
    <Page title={t('start.title')}>
      <p>{t('start.intro')}</p>
      <StartActions primary={!latest} />
      {/* After the actions: they stay where the prerendered shell showed them (src/app/shell.tsx), so
          a returning user's click on "Ny skattning" does not land on "Fortsätt" as the page fills in.
          "Fortsätt" is still the one filled button, right below. */}
      {latest && (
        <div className="panel">
          <h2>{t('start.continue')}</h2>
          <p>
            <a className="button" href={`#/skattning/${latest.id}`}>
              {t('start.continueWith', { name: `${latest.organisation} (${latest.date})` })}
            </a>
          </p>
        </div>
      )}
      {persistence === 'refused' && !noticeSeen && (
        <Notice tone="warn">
          <p>{t('app.storage.refused')}</p>
          <button type="button" className="button button--secondary" onClick={closeNotice}>
            {t('start.storageClose')}
          </button>
        </Notice>
      )}
      <h2>{t('start.list')}</h2>
      {assessments === undefined ? (
        <p>{t('app.loading')}</p>
      ) : assessments.length === 0 ? (
        <p>{t('start.empty')}</p>
      ) : (
        <TableFrame label={t('start.list')}>
          <table>
            <caption className="visually-hidden">{t('start.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('start.col.name')}</th>
                <th scope="col">{t('start.col.scope')}</th>
                <th scope="col">{t('start.col.date')}</th>
                <th scope="col" className="num">
                  {t('start.col.progress')}
                </th>
                <th scope="col">{t('start.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((a) => (
                <AssessmentRow
                  key={a.id}
                  assessment={a}
                  counts={rowCounts(counts, a.id)}
                  onDelete={requestDelete}
                />
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      {persistence === 'refused' && noticeSeen && <p className="muted">{t('start.storageHint')}</p>}
      <nav className="start-region" aria-label={t('region.link')}>
        <h2>{t('region.link')}</h2>
        <p>{t('region.linkIntro')}</p>
        <p>
          <a href="#/region">{t('region.link')}</a>
        </p>
      </nav>
      {dialog}
      {toast && <Toast>{toast}</Toast>}
    </Page>
  );
}
