import { useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { useAnsweredCounts, useAssessments } from '../../storage/hooks';
import { AssessmentRow } from './AssessmentRow';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { Toast } from '../../ui/Toast';
import { usePersistence } from '../../ui/persistence-store';

export function StartPage() {
  const t = useT();
  const assessments = useAssessments();
  const counts = useAnsweredCounts();
  const { requestDelete, dialog, toast } = useDeleteWithUndo();
  const latest = assessments?.[0];
  const persistence = usePersistence((s) => s.state);

  return (
    <Page title={t('start.title')}>
      <p>{t('start.intro')}</p>
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
      <div className="actions">
        <a className={latest ? 'button button--secondary' : 'button'} href="#/ny">
          {t('start.new')}
        </a>
        <a className="button button--secondary" href="#/oppna">
          {t('start.open')}
        </a>
      </div>
      <h2>{t('start.list')}</h2>
      {assessments === undefined ? (
        <p>{t('app.loading')}</p>
      ) : assessments.length === 0 ? (
        <p>{t('start.empty')}</p>
      ) : (
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
                answered={counts?.get(a.id) ?? 0}
                onDelete={requestDelete}
              />
            ))}
          </tbody>
        </table>
      )}
      {persistence === 'refused' && <p className="muted">{t('start.storageHint')}</p>}
      {dialog}
      {toast && <Toast>{toast}</Toast>}
    </Page>
  );
}
