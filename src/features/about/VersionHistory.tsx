import { useEffect, useState } from 'react';
import { loadQuestionnaire } from '../../content';
import { releaseNotes } from '../../content/release-notes';
import type { BankChange } from '../../domain/questionnaire/schema';
import { useLanguage } from '../../i18n/language';
import { useLocalize, useT } from '../../i18n';

function BankHistory() {
  const t = useT();
  const localize = useLocalize();
  const [changes, setChanges] = useState<BankChange[]>([]);
  useEffect(() => {
    let live = true;
    void loadQuestionnaire().then((q) => live && setChanges(q.changes.toReversed()));
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      <h3>{t('about.history.bank')}</h3>
      {changes.map((c) => (
        <div key={c.version}>
          <h4>{t('about.history.bankVersion', { version: c.version })}</h4>
          <p>{localize(c.summary)}</p>
          <ul>
            {c.added.length > 0 && <li>{t('about.history.added', { ids: c.added.join(', ') })}</li>}
            {c.changed.length > 0 && <li>{t('about.history.changed', { ids: c.changed.join(', ') })}</li>}
            {c.removed.length > 0 && <li>{t('about.history.removed', { ids: c.removed.join(', ') })}</li>}
          </ul>
        </div>
      ))}
    </>
  );
}

/** Every version's notes, for the app and for the question bank, newest first. */
export function VersionHistory() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  return (
    <section aria-labelledby="about-history">
      <h2 id="about-history">{t('about.history')}</h2>
      <p>{t('about.history.intro')}</p>
      <h3>{t('about.history.app')}</h3>
      {releaseNotes.map((note) => (
        <div key={note.version}>
          <h4>{t('whatsNew.version', { version: note.version, date: note.date })}</h4>
          <ul>
            {note[language].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
      <BankHistory />
    </section>
  );
}
