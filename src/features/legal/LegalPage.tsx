import { useLocalize, useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { useLegalData } from '../../data/use-legal-data';
import { CHECKLIST, sourcesWithoutDuties } from '../../domain/legal/checklist';
import { countStatuses } from '../../domain/legal/duties';
import { PlaceForm } from './PlaceForm';
import { ContactsForm } from './ContactsForm';
import { DutyCard } from './DutyCard';
import { TrainingLog } from './TrainingLog';
import { verificationKey } from './labels';

/** The legal view: the kommun's place under the law, the checklist of 2 kap., and ledningens utbildning. */
export default function LegalPage({ id }: { id: string }) {
  const t = useT();
  const loc = useLocalize();
  const data = useLegalData(id);
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  const { assessment, legal, duties, questionnaire } = data;
  const counts = countStatuses(duties);
  const base = `#/skattning/${id}`;
  const unfilled = sourcesWithoutDuties(CHECKLIST);
  return (
    <div className="legal-view">
      <Page title={`${t('legal.title')} – ${assessment.organisation}`}>
        <p>{t('legal.intro')}</p>
        <div className="actions">
          <a className="button button--secondary" href={`${base}/incidentkort`}>
            {t('legal.cardLink')}
          </a>
          <a className="button button--secondary" href={`${base}/tillampning`}>
            {t('legal.soaLink')}
          </a>
          <a className="button button--link" href={base}>
            {t('walk.toOverview')}
          </a>
        </div>
        <section className="report-section" aria-labelledby="place-title">
          <h2 id="place-title">{t('legal.place.title')}</h2>
          <PlaceForm id={id} place={legal.place} />
        </section>
        <section className="report-section" aria-labelledby="checklist-title">
          <h2 id="checklist-title">{t('legal.checklist.title')}</h2>
          <p>
            {t('legal.checklist.counts', {
              inPlace: counts['pa-plats'],
              total: duties.length,
              partly: counts.delvis,
              missing: counts.saknas,
              notAssessed: counts['inte-bedomt'],
            })}
          </p>
          {duties.map((row) => (
            <DutyCard key={row.duty.id} id={id} row={row} questionnaire={questionnaire} />
          ))}
        </section>
        <section className="report-section" aria-labelledby="training-title">
          <h2 id="training-title">{t('legal.training.title')}</h2>
          <TrainingLog id={id} entries={legal.trainings} />
        </section>
        <section className="report-section" aria-labelledby="contacts-title">
          <h2 id="contacts-title">{t('legal.contacts.title')}</h2>
          <ContactsForm id={id} place={legal.place} />
        </section>
        <section className="report-section" aria-labelledby="sources-title">
          <h2 id="sources-title">{t('legal.sources.title')}</h2>
          <p>{t('legal.sources.intro')}</p>
          <ul>
            {CHECKLIST.sources.map((s) => (
              <li key={s.id}>
                <strong>{s.name}</strong> {loc(s.title)}, {t('legal.sources.inForce', { date: s.inForce })} –{' '}
                <span className={`tag ${s.verification === 'V' ? '' : 'tag--warn'}`}>
                  {t(verificationKey(s.verification))}
                </span>
                {unfilled.includes(s) && <span className="muted"> ({t('legal.verification.NF')})</span>}
              </li>
            ))}
          </ul>
          <p className="muted">{t('legal.sources.version', { version: CHECKLIST.version })}</p>
        </section>
      </Page>
    </div>
  );
}
