import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import type { SoaRow } from '../../domain/legal/soa';
import {
  LEGAL_LIMITS,
  LEGAL_STATUSES,
  SOA_REASONS,
  type LegalStatus,
  type SoaReason,
} from '../../domain/legal/types';
import { persist } from '../../data/save-failure';
import { updateLegal } from '../../storage/legal';
import { Field } from './Field';
import { statusKey, statusTone } from './labels';

/** One Annex A control on screen: what is decided, its status, and a form that opens on demand. */
export function SoaControl({ id, row }: { id: string; row: SoaRow }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const [open, setOpen] = useState(false);
  const { control, entry } = row;
  const uid = useId();
  const other = language === 'sv' ? control.name.en : control.name.sv;
  return (
    <li className="soa-control" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>
        A.{control.id} {language === 'sv' ? control.name.sv : control.name.en}
      </h3>
      <p className="muted" lang={language === 'sv' ? 'en' : 'sv'}>
        {other}
      </p>
      <p>
        <span className={`tag ${statusTone(row.status)}`}>{t(statusKey(row.status))}</span>{' '}
        {entry.override !== null && <span className="muted">({t('legal.duty.manual')})</span>}{' '}
        <span className="tag">
          {t('soa.applicable')}: {entry.applicable ? t('soa.yes') : t('soa.no')}
          {row.isDefault && ` (${t('soa.notDecided')})`}
        </span>
      </p>
      {entry.reasons.length > 0 && (
        <p>
          {t('soa.reasons')}: {entry.reasons.map((r) => t(`soa.reason.${r}`)).join(', ')}
        </p>
      )}
      {entry.justification && (
        <p>
          {t('soa.justification')}: {entry.justification}
        </p>
      )}
      <p className="muted">
        {t('soa.questions')}:{' '}
        {row.questions.length === 0 ? t('soa.questionsNone') : row.questions.map((q) => q.id).join(', ')} ·{' '}
        {t('soa.plan', { count: row.plan.length })}
      </p>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('soa.edit', { id: control.id })}</summary>
        {open && <SoaForm id={id} row={row} />}
      </details>
    </li>
  );
}

function SoaForm({ id, row }: { id: string; row: SoaRow }) {
  const t = useT();
  const uid = useId();
  const { entry, control } = row;
  const [applicable, setApplicable] = useState(entry.applicable);
  const [reasons, setReasons] = useState<SoaReason[]>(entry.reasons);
  const [justification, setJustification] = useState(entry.justification);
  const [override, setOverride] = useState<LegalStatus | ''>(entry.override ?? '');
  const [overrideReason, setOverrideReason] = useState(entry.overrideReason);
  const [errors, setErrors] = useState<{ justification?: boolean; override?: boolean }>({});
  const [saved, setSaved] = useState(false);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const next = {
      justification: !applicable && justification.trim() === '',
      override: override !== '' && overrideReason.trim() === '',
    };
    setErrors(next);
    if (next.justification || next.override) return;
    const ok = await persist(
      updateLegal(id, (legal, now) => {
        legal.soa[control.id] = {
          applicable,
          reasons: SOA_REASONS.filter((r) => reasons.includes(r)),
          justification,
          override: override === '' ? null : override,
          overrideReason: override === '' ? '' : overrideReason,
          updatedAt: now,
        };
      }),
    );
    setSaved(ok);
  };

  return (
    <form onSubmit={save} onChange={() => setSaved(false)} noValidate>
      <fieldset className="field">
        <legend>{t('soa.applicable')}</legend>
        {([true, false] as const).map((v) => (
          <label key={String(v)} className="checkbox">
            <input
              type="radio"
              name={`${uid}-applicable`}
              checked={applicable === v}
              onChange={() => setApplicable(v)}
            />
            {v ? t('soa.yes') : t('soa.no')}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t('soa.reasons')}</legend>
        {SOA_REASONS.map((r) => (
          <label key={r} className="checkbox">
            <input
              type="checkbox"
              checked={reasons.includes(r)}
              onChange={(e) =>
                setReasons(e.target.checked ? [...reasons, r] : reasons.filter((x) => x !== r))
              }
            />
            {t(`soa.reason.${r}`)}
          </label>
        ))}
      </fieldset>
      <Field
        id={`${uid}-justification`}
        label={t('soa.justification')}
        multiline
        value={justification}
        maxLength={LEGAL_LIMITS.reason}
        error={errors.justification ? t('soa.justificationRequired') : null}
        onChange={setJustification}
      />
      <div className="field">
        <label htmlFor={`${uid}-override`}>{t('soa.override')}</label>
        <select
          id={`${uid}-override`}
          value={override}
          onChange={(e) => setOverride(e.target.value as LegalStatus | '')}
        >
          <option value="">
            {t('legal.duty.fromAnswers')} ({t(statusKey(row.derived))})
          </option>
          {LEGAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(statusKey(s))}
            </option>
          ))}
        </select>
      </div>
      {override !== '' && (
        <Field
          id={`${uid}-override-reason`}
          label={t('soa.overrideReason')}
          multiline
          value={overrideReason}
          maxLength={LEGAL_LIMITS.reason}
          error={errors.override ? t('soa.overrideReasonRequired') : null}
          onChange={setOverrideReason}
        />
      )}
      <div className="actions">
        <button type="submit" className="button">
          {t('soa.save', { id: control.id })}
        </button>
        <span role="status">{saved ? t('soa.saved', { id: control.id }) : ''}</span>
      </div>
    </form>
  );
}
