import { useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { useAssessmentData } from '../../data/use-assessment-data';
import { legalOf } from '../../storage/legal';
import { INCIDENT_STEPS } from '../../domain/legal/incident-card';
import { placeOf } from '../../domain/legal/kommuner';
import { CONTACT_ROLES, type Contact } from '../../domain/legal/types';

/**
 * One printed page for the day it happens: the deadlines, who reports, to whom, with the kommun's
 * own names and numbers. Everything it needs is in the browser, so it prints without a network.
 */
export default function IncidentCardPage({ id }: { id: string }) {
  const t = useT();
  const data = useAssessmentData(id);
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  const { assessment } = data;
  const { place } = legalOf(assessment);
  const where = placeOf(place.kommunCode);
  const filled = CONTACT_ROLES.some((r) => place.contacts[r].name.trim() !== '');
  const person = (c: Contact) =>
    c.name.trim() === '' ? (
      <span className="muted">{t('card.notFilled')}</span>
    ) : (
      <>
        <strong>{c.name}</strong>
        {c.phone && <> · {c.phone}</>}
        {c.email && <> · {c.email}</>}
      </>
    );
  return (
    <Page
      title={`${t('card.title')} – ${assessment.organisation}`}
      heading={t('card.heading', { organisation: assessment.organisation })}
    >
      <div className="incident-card legal-view">
        <div className="actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('card.print')}
          </button>
          <a className="button button--link" href={`#/skattning/${id}/lagkrav`}>
            {t('card.back')}
          </a>
        </div>
        {!filled && (
          <div className="no-print">
            <Notice tone="warn">{t('card.fillIn')}</Notice>
          </div>
        )}
        <p>{t('card.intro')}</p>
        <p>
          {place.category && (
            <>{t('card.category', { category: t(`legal.place.${place.category}`).toLowerCase() })} </>
          )}
          {where && t('card.supervisor', { name: where.supervisorName })}
        </p>
        {/* A wide table scrolls inside its own box on a narrow screen; the box can take focus to scroll by keyboard. */}
        <div className="table-scroll" role="region" aria-label={t('card.title')} tabIndex={0}>
          <table className="incident-steps">
            <caption className="visually-hidden">{t('card.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('card.col.when')}</th>
                <th scope="col">{t('card.col.what')}</th>
                <th scope="col">{t('card.col.who')}</th>
                <th scope="col">{t('card.col.to')}</th>
              </tr>
            </thead>
            <tbody>
              {INCIDENT_STEPS.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{t(`card.when.${s.id}`)}</th>
                  <td>
                    {t(`card.what.${s.id}`)} <span className="muted">({s.basis})</span>
                  </td>
                  <td>
                    <span className="muted">{t(`legal.contacts.${s.who}`)}:</span>{' '}
                    {person(place.contacts[s.who])}
                  </td>
                  <td>{t(`card.to.${s.to}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h2>{t('card.contacts')}</h2>
        <dl className="incident-contacts">
          {CONTACT_ROLES.map((r) => (
            <div key={r}>
              <dt>{t(`legal.contacts.${r}`)}</dt>
              <dd>{person(place.contacts[r])}</dd>
            </div>
          ))}
          <div>
            <dt>{t('card.channel')}</dt>
            <dd>{place.reportChannel.trim() || <span className="muted">{t('card.notFilled')}</span>}</dd>
          </div>
        </dl>
        <p className="muted">{t('card.unverified')}</p>
      </div>
    </Page>
  );
}
