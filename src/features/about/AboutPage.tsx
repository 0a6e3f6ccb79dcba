import { useEffect, useState } from 'react';
import { loadQuestionnaire } from '../../content';
import { useT, type MessageKey } from '../../i18n';
import { Page } from '../../ui/Page';
import { LICENCE_TEXT_URL, useLicences } from './licences';
import { RemoveEverything } from './RemoveEverything';
import { VersionHistory } from './VersionHistory';
import { TableFrame } from '../../ui/TableFrame';

const STORED: MessageKey[] = [
  'about.privacy.what.assessments',
  'about.privacy.what.answers',
  'about.privacy.what.plan',
  'about.privacy.what.settings',
  'about.privacy.what.cache',
];

function Versions() {
  const t = useT();
  const [bank, setBank] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadQuestionnaire().then((q) => live && setBank(q.version));
    return () => {
      live = false;
    };
  }, []);
  return (
    <section aria-labelledby="about-versions">
      <h2 id="about-versions">{t('about.versions')}</h2>
      <dl className="about-facts">
        <dt>{t('about.appVersion')}</dt>
        <dd>{__APP_VERSION__}</dd>
        <dt>{t('about.questionnaireVersion')}</dt>
        <dd>{bank ?? t('about.loadingVersion')}</dd>
        <dt>{t('about.buildDate')}</dt>
        <dd>{__BUILD_DATE__}</dd>
      </dl>
    </section>
  );
}

function Privacy() {
  const t = useT();
  return (
    <section aria-labelledby="about-privacy">
      <h2 id="about-privacy">{t('about.privacy')}</h2>
      <p>{t('about.privacy.intro')}</p>
      <h3>{t('about.privacy.whereHeading')}</h3>
      <p>{t('about.privacy.where')}</p>
      <h3>{t('about.privacy.whatHeading')}</h3>
      <ul>
        {STORED.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <h3>{t('about.privacy.personalHeading')}</h3>
      <p>{t('about.privacy.personal')}</p>
      <h3>{t('about.privacy.filesHeading')}</h3>
      <p>{t('about.privacy.files')}</p>
      <h3>{t('about.privacy.removeHeading')}</h3>
      <ul>
        <li>{t('about.privacy.removeOne')}</li>
        <li>{t('about.privacy.removeAll')}</li>
      </ul>
      <p>{t('about.privacy.cleared')}</p>
      <RemoveEverything />
    </section>
  );
}

function Licences() {
  const t = useT();
  const licences = useLicences();
  return (
    <section aria-labelledby="about-licences">
      <h2 id="about-licences">{t('about.licences')}</h2>
      <p>{t('about.licences.intro')}</p>
      {licences.status === 'missing' && <p>{t('about.licences.unavailable')}</p>}
      {licences.status === 'ok' && (
        <>
          <TableFrame label={t('about.licences.caption')}>
            <table className="about-licences">
              <caption>{t('about.licences.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('about.licences.name')}</th>
                  <th scope="col">{t('about.licences.version')}</th>
                  <th scope="col">{t('about.licences.licence')}</th>
                </tr>
              </thead>
              <tbody>
                {licences.list.map((l) => (
                  <tr key={`${l.name}@${l.version}`}>
                    <th scope="row">{l.name}</th>
                    <td>{l.version}</td>
                    <td>{l.license}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          <p>
            <a href={LICENCE_TEXT_URL} target="_blank" rel="noreferrer">
              {t('about.licences.fullText')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/** "Om LIS-stegen": versions, what the app stores (for the dataskyddsombud), and third-party licences. */
export default function AboutPage() {
  const t = useT();
  return (
    <Page title={t('about.title')}>
      <p>{t('about.intro')}</p>
      <Versions />
      <Privacy />
      <VersionHistory />
      <Licences />
    </Page>
  );
}
