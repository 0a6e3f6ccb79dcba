import { useState } from 'react';
import { useLocalize, useT } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { KOMMUNER, KOMMUN_SOURCE, LAN, placeOf } from '../../domain/legal/kommuner';
import { LAW_CATEGORIES, type LawCategory, type LegalPlace } from '../../domain/legal/types';
import { persist } from '../../data/save-failure';
import { updateLegal } from '../../storage/legal';
import { validDate } from './labels';

/** Väsentlig or viktig, the kommun (and so its län and supervisor), and the registration date. */
export function PlaceForm({ id, place }: { id: string; place: LegalPlace }) {
  const t = useT();
  const loc = useLocalize();
  const [category, setCategory] = useState<LawCategory | null>(place.category);
  const [kommunCode, setKommunCode] = useState(place.kommunCode ?? '');
  const [registered, setRegistered] = useState(place.registeredDate ?? '');
  const [dateError, setDateError] = useState(false);
  const [saved, setSaved] = useState(false);
  const where = placeOf(kommunCode || null);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const date = registered.trim();
    if (date !== '' && !validDate(date)) {
      setDateError(true);
      return;
    }
    setDateError(false);
    const ok = await persist(
      updateLegal(id, (legal) => {
        legal.place.category = category;
        legal.place.kommunCode = kommunCode === '' ? null : kommunCode;
        legal.place.registeredDate = date === '' ? null : date;
      }),
    );
    setSaved(ok);
  };

  return (
    <form onSubmit={save} onChange={() => setSaved(false)} noValidate>
      <fieldset className="field">
        <legend>{t('legal.place.category')}</legend>
        <p className="field__hint">{t('legal.place.categoryHint')}</p>
        {LAW_CATEGORIES.map((c) => (
          <label key={c} className="checkbox">
            <input
              type="radio"
              name="law-category"
              value={c}
              checked={category === c}
              onChange={() => setCategory(c)}
            />
            {t(`legal.place.${c}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="law-kommun">{t('legal.place.kommun')}</label>
        <p className="field__hint" id="law-kommun-hint">
          {t('legal.place.kommunHint')}
        </p>
        <select
          id="law-kommun"
          aria-describedby="law-kommun-hint"
          value={kommunCode}
          onChange={(e) => setKommunCode(e.target.value)}
        >
          <option value="">{t('legal.place.chooseKommun')}</option>
          {LAN.map((l) => (
            <optgroup key={l.code} label={l.name}>
              {KOMMUNER.filter((k) => k.code.startsWith(l.code)).map((k) => (
                <option key={k.code} value={k.code}>
                  {k.name} ({k.code})
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <dl className="legal-place">
        <div>
          <dt>{t('legal.place.lan')}</dt>
          <dd>{where?.lan.name ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('legal.place.supervisor')}</dt>
          <dd>{where?.supervisorName ?? t('legal.place.supervisorUnknown')}</dd>
        </div>
      </dl>
      <div className="field">
        <label htmlFor="law-registered">{t('legal.place.registered')}</label>
        <p className="field__hint" id="law-registered-hint">
          {t('legal.place.registeredHint')}
        </p>
        {dateError && (
          <p className="field__error" id="law-registered-error">
            {t('legal.place.dateInvalid')}
          </p>
        )}
        <input
          id="law-registered"
          type="date"
          value={registered}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={dateError ? 'law-registered-hint law-registered-error' : 'law-registered-hint'}
          onChange={(e) => setRegistered(e.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t('legal.place.save')}
        </button>
      </div>
      <div role="status">{saved && <Notice tone="ok">{t('legal.place.saved')}</Notice>}</div>
      <p className="muted">{t('legal.place.source', { source: loc(KOMMUN_SOURCE) })}</p>
    </form>
  );
}
