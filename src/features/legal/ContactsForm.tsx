import { useState } from 'react';
import { useT } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { CONTACT_ROLES, LEGAL_LIMITS, type LegalPlace } from '../../domain/legal/types';
import { persist } from '../../data/save-failure';
import { updateLegal } from '../../storage/legal';
import { Field } from './Field';

/** The people and the channel the incident card names. */
export function ContactsForm({ id, place }: { id: string; place: LegalPlace }) {
  const t = useT();
  const [contacts, setContacts] = useState(place.contacts);
  const [channel, setChannel] = useState(place.reportChannel);
  const [saved, setSaved] = useState(false);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const ok = await persist(
      updateLegal(id, (legal) => {
        legal.place.contacts = contacts;
        legal.place.reportChannel = channel;
      }),
    );
    setSaved(ok);
  };

  return (
    <form onSubmit={save} onChange={() => setSaved(false)}>
      <p>{t('legal.contacts.intro')}</p>
      {CONTACT_ROLES.map((role) => (
        <fieldset key={role} className="contact-fields">
          <legend>{t(`legal.contacts.${role}`)}</legend>
          {(['name', 'phone', 'email'] as const).map((part) => (
            <Field
              key={part}
              id={`contact-${role}-${part}`}
              label={t(`legal.contacts.${part}`)}
              value={contacts[role][part]}
              maxLength={LEGAL_LIMITS[part]}
              type={part === 'email' ? 'email' : part === 'phone' ? 'tel' : 'text'}
              autoComplete="off"
              onChange={(v) => setContacts({ ...contacts, [role]: { ...contacts[role], [part]: v } })}
            />
          ))}
        </fieldset>
      ))}
      <Field
        id="contact-channel"
        label={t('legal.contacts.channel')}
        hint={t('legal.contacts.channelHint')}
        multiline
        value={channel}
        maxLength={LEGAL_LIMITS.reportChannel}
        onChange={setChannel}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t('legal.contacts.save')}
        </button>
      </div>
      <div role="status">{saved && <Notice tone="ok">{t('legal.contacts.saved')}</Notice>}</div>
    </form>
  );
}
