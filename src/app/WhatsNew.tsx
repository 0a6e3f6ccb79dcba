import { useLanguage } from '../i18n/language';
import { useLocalize, useT } from '../i18n';
import { Notice } from '../ui/Notice';
import { useWhatsNew, type BankNotice } from '../data/whats-new-store';
import { href } from './router';

/** How many new questions are named before "and N more": enough to show what kind they are. */
const NAMED = 5;

function BankChanges({ notice }: { notice: BankNotice }) {
  const t = useT();
  const localize = useLocalize();
  const { consequences: c, questions, assessmentId, organisation } = notice;
  const question = (id: string) => {
    const q = questions[id];
    return q ? `${id} ${localize(q.text)}` : id;
  };
  const untouched = c.moved.length + c.recheck.length + c.dropped.length === 0;
  return (
    <div className="whats-new__bank">
      <p className="whats-new__heading">
        {t('whatsNew.bank.title', { name: organisation, from: c.from, to: c.to })}
      </p>
      <p>
        {[
          c.added.length > 0 && t('whatsNew.bank.countAdded', { count: c.added.length }),
          c.moved.length > 0 && t('whatsNew.bank.countMoved', { count: c.moved.length }),
          c.recheck.length > 0 && t('whatsNew.bank.countRecheck', { count: c.recheck.length }),
          c.dropped.length > 0 && t('whatsNew.bank.countDropped', { count: c.dropped.length }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <details>
        <summary>{t('whatsNew.bank.details')}</summary>
        {notice.summaries.map((s) => (
          <p key={s.version}>
            <strong>{s.version}:</strong> {localize(s.summary)}
          </p>
        ))}
        <ul>
          {c.moved.map((m) => (
            <li key={m.from}>
              {t('whatsNew.bank.moved', {
                from: m.from,
                to: m.to,
                text: questions[m.to] ? localize(questions[m.to]!.text) : m.to,
              })}
            </li>
          ))}
          {c.recheck.length > 0 && (
            <li>
              {t('whatsNew.bank.recheck')}
              <ul>
                {c.recheck.map((id) => (
                  <li key={id}>
                    {questions[id] ? (
                      <a href={href({ name: 'area', id: assessmentId, areaId: questions[id]!.areaId })}>
                        {question(id)}
                      </a>
                    ) : (
                      id
                    )}
                  </li>
                ))}
              </ul>
            </li>
          )}
          {c.dropped.length > 0 && <li>{t('whatsNew.bank.dropped', { ids: c.dropped.join(', ') })}</li>}
          {c.added.length > 0 && (
            <li>
              {c.added.length === 1
                ? t('whatsNew.bank.addedOne')
                : t('whatsNew.bank.added', { count: c.added.length })}
              <ul>
                {c.added.slice(0, NAMED).map((id) => (
                  <li key={id}>{question(id)}</li>
                ))}
              </ul>
              {c.added.length > NAMED && t('whatsNew.bank.addedMore', { count: c.added.length - NAMED })}
            </li>
          )}
          {untouched && <li>{t('whatsNew.bank.untouched')}</li>}
        </ul>
      </details>
      <p>
        <a href={href({ name: 'overview', id: assessmentId })}>
          {t('whatsNew.bank.open', { name: organisation })}
        </a>
      </p>
    </div>
  );
}

/**
 * "Nytt i den här versionen": once after an update, what the app brought and what a newer question
 * bank meant for the stored answers. Stays until closed; not a heading, so the page's own h1 stays
 * first in the outline.
 */
export function WhatsNew() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const { notes, banks, close } = useWhatsNew();
  if (notes.length === 0 && banks.length === 0) return null;
  return (
    <section className="whats-new" aria-labelledby="whats-new-title">
      <Notice tone="info">
        <p id="whats-new-title" className="whats-new__title">
          {t('whatsNew.title')}
        </p>
        {notes.length > 0 && <p>{t('whatsNew.intro', { version: __APP_VERSION__ })}</p>}
        {notes.map((note) => (
          <div key={note.version}>
            {notes.length > 1 && (
              <p className="whats-new__heading">
                {t('whatsNew.version', { version: note.version, date: note.date })}
              </p>
            )}
            <ul>
              {note[language].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ))}
        {banks.map((b) => (
          <BankChanges key={b.assessmentId} notice={b} />
        ))}
        <button type="button" className="button" onClick={close}>
          {t('whatsNew.close')}
        </button>
      </Notice>
    </section>
  );
}
