import { useId, useState } from 'react';
import { useLocalize, useT } from '../../i18n';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { DutyRow, Missing } from '../../domain/legal/duties';
import { LEGAL_LIMITS, LEGAL_STATUSES, type LegalStatus } from '../../domain/legal/types';
import { persist } from '../../data/save-failure';
import { updateLegal } from '../../storage/legal';
import { Field } from './Field';
import { statusKey, statusTone, verificationKey } from './labels';

type Props = { id: string; row: DutyRow; questionnaire: Questionnaire };

/** One duty of 2 kap.: what it asks, its status and where it comes from, what is missing, and a form. */
export function DutyCard({ id, row, questionnaire }: Props) {
  const t = useT();
  const loc = useLocalize();
  const { duty } = row;
  const uid = useId();
  const question = (qid: string) => {
    for (const a of questionnaire.areas) {
      const q = a.questions.find((x) => x.id === qid);
      if (q) return { q, area: a };
    }
    return null;
  };
  const missingText = (m: Missing) => {
    switch (m.kind) {
      case 'registration':
        return t('legal.duty.missingRegistration');
      case 'training':
        return t('legal.duty.missingTraining', { name: m.name });
      case 'no-training-log':
        return t('legal.duty.missingLog');
      case 'question': {
        const found = question(m.questionId);
        const state =
          m.level === null ? t('legal.duty.notAnswered') : t('legal.duty.levelOf', { level: m.level });
        return t('legal.duty.missingQuestion', { question: found ? loc(found.q.text) : m.questionId, state });
      }
    }
  };
  const source = duty.derive === 'training' ? t('legal.duty.derivedTraining') : t('legal.duty.derived');

  return (
    <article className="duty" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>
        {duty.paragraph} {loc(duty.title)}
      </h3>
      <p>
        <span className={`tag ${statusTone(row.status)}`}>
          {t('legal.duty.status')}: {t(statusKey(row.status))}
        </span>{' '}
        <span className="muted">({row.manual?.status ? t('legal.duty.manual') : source})</span>{' '}
        <span className={`tag ${duty.verification === 'V' ? '' : 'tag--warn'}`}>
          {t(verificationKey(duty.verification))}
        </span>
      </p>
      {row.manual?.status && (
        <p className="muted">
          {t('legal.duty.manualReason', { reason: row.manual.reason })} ·{' '}
          {t('legal.duty.derivedWas', { status: t(statusKey(row.derived)) })}
        </p>
      )}
      <p>
        <strong>{t('legal.duty.asks')}:</strong> {loc(duty.asks)}
      </p>
      <p>
        <strong>{t('legal.duty.evidence')}:</strong> {loc(duty.evidence)}
      </p>
      {row.manual?.evidence && <p>{t('legal.duty.storedEvidence', { evidence: row.manual.evidence })}</p>}
      <h4>{t('legal.duty.questions')}</h4>
      <ul>
        {row.linked.map((l) => {
          const found = question(l.questionId);
          const state = l.notApplicable
            ? t('legal.duty.notApplicable')
            : l.level === null
              ? t('legal.duty.notAnswered')
              : t('legal.duty.levelOf', { level: l.level });
          return (
            <li key={l.questionId}>
              {found ? (
                <a href={`#/skattning/${id}/omrade/${found.area.id}`}>{loc(found.q.text)}</a>
              ) : (
                l.questionId
              )}{' '}
              – {state}
            </li>
          );
        })}
      </ul>
      <h4>{t('legal.duty.plan')}</h4>
      {row.plan.length === 0 ? (
        <p className="muted">{t('legal.duty.planNone')}</p>
      ) : (
        <ul>
          {row.plan.map((i) => (
            <li key={i.id}>{i.title}</li>
          ))}
        </ul>
      )}
      <h4>{t('legal.duty.missing')}</h4>
      {row.missing.length === 0 ? (
        <p className="muted">{t('legal.duty.missingNone')}</p>
      ) : (
        <ul>
          {row.missing.map((m, i) => (
            <li key={i}>{missingText(m)}</li>
          ))}
        </ul>
      )}
      <details className="no-print">
        <summary>{t('legal.duty.edit', { paragraph: duty.paragraph })}</summary>
        <DutyForm id={id} row={row} />
      </details>
    </article>
  );
}

function DutyForm({ id, row }: { id: string; row: DutyRow }) {
  const t = useT();
  const uid = useId();
  const [status, setStatus] = useState<LegalStatus | ''>(row.manual?.status ?? '');
  const [reason, setReason] = useState(row.manual?.reason ?? '');
  const [evidence, setEvidence] = useState(row.manual?.evidence ?? '');
  const [error, setError] = useState(false);
  const [saved, setSaved] = useState(false);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (status !== '' && reason.trim() === '') {
      setError(true);
      return;
    }
    setError(false);
    const ok = await persist(
      updateLegal(id, (legal, now) => {
        legal.duties[row.duty.id] = {
          status: status === '' ? null : status,
          reason,
          evidence,
          updatedAt: now,
        };
      }),
    );
    setSaved(ok);
  };

  return (
    <form onSubmit={save} onChange={() => setSaved(false)} noValidate>
      <div className="field">
        <label htmlFor={`${uid}-status`}>{t('legal.duty.manualStatus')}</label>
        <select
          id={`${uid}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as LegalStatus | '')}
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
      <Field
        id={`${uid}-reason`}
        label={t('legal.duty.reason')}
        multiline
        value={reason}
        maxLength={LEGAL_LIMITS.reason}
        error={error ? t('legal.duty.reasonRequired') : null}
        onChange={setReason}
      />
      <Field
        id={`${uid}-evidence`}
        label={t('legal.duty.evidenceField')}
        multiline
        value={evidence}
        maxLength={LEGAL_LIMITS.evidence}
        onChange={setEvidence}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t('legal.duty.save')}
        </button>
        <span role="status">{saved ? t('legal.duty.saved') : ''}</span>
      </div>
    </form>
  );
}
