import { useState } from 'react';
import { useT } from '../../i18n';
import { newId } from '../../domain/ids';
import { trainingStatus } from '../../domain/legal/training';
import { LEGAL_LIMITS, type TrainingEntry } from '../../domain/legal/types';
import { persist } from '../../data/save-failure';
import { updateLegal } from '../../storage/legal';
import { Field } from './Field';
import { validDate } from './labels';
import { TableFrame } from '../../ui/TableFrame';

/** 2 kap. 4 §: who in ledningen took which training when, and who has not yet. */
export function TrainingLog({ id, entries }: { id: string; entries: readonly TrainingEntry[] }) {
  const t = useT();
  const [name, setName] = useState('');
  const [body, setBody] = useState('');
  const [course, setCourse] = useState('');
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<{ name?: boolean; date?: boolean }>({});
  const [message, setMessage] = useState('');
  const status = trainingStatus(entries);
  const full = entries.length >= LEGAL_LIMITS.trainings;

  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const next = { name: name.trim() === '', date: date !== '' && !validDate(date) };
    setErrors(next);
    if (next.name || next.date || full) return;
    const who = name.trim();
    const ok = await persist(
      updateLegal(id, (legal, now) => {
        legal.trainings.push({
          id: newId(),
          name: who,
          body: body.trim(),
          course: course.trim(),
          date: date === '' ? null : date,
          updatedAt: now,
        });
      }),
    );
    if (!ok) return;
    setName('');
    setBody('');
    setCourse('');
    setDate('');
    setMessage(t('legal.training.added', { name: who }));
  };

  const remove = async (entry: TrainingEntry) => {
    const ok = await persist(
      updateLegal(id, (legal) => {
        legal.trainings = legal.trainings.filter((x) => x.id !== entry.id);
      }),
    );
    if (ok) setMessage(t('legal.training.removed', { name: entry.name }));
  };

  return (
    <>
      <p>{t('legal.training.intro')}</p>
      {entries.length === 0 ? (
        <p className="muted">{t('legal.training.empty')}</p>
      ) : (
        <TableFrame label={t('legal.training.caption')}>
          <table className="training-table">
            <caption className="visually-hidden">{t('legal.training.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legal.training.name')}</th>
                <th scope="col">{t('legal.training.body')}</th>
                <th scope="col">{t('legal.training.course')}</th>
                <th scope="col">{t('legal.training.date')}</th>
                <th scope="col" className="no-print">
                  <span className="visually-hidden">{t('legal.training.action')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{e.name}</th>
                  <td>{e.body}</td>
                  <td>{e.course}</td>
                  <td>{e.date ?? t('legal.training.notTaken')}</td>
                  <td className="no-print">
                    <button type="button" className="button button--link" onClick={() => void remove(e)}>
                      {t('legal.training.remove', { name: e.name })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      {status.people > 0 && (
        <p>
          <strong>
            {status.missing.length > 0
              ? t('legal.training.missing', { names: status.missing.join(', ') })
              : t('legal.training.allDone')}
          </strong>
        </p>
      )}
      <form className="panel training-form no-print" onSubmit={add} noValidate>
        <Field
          id="training-name"
          label={t('legal.training.name')}
          value={name}
          maxLength={LEGAL_LIMITS.name}
          autoComplete="off"
          error={errors.name ? t('legal.training.nameRequired') : null}
          onChange={setName}
        />
        <Field
          id="training-body"
          label={t('legal.training.body')}
          hint={t('legal.training.bodyHint')}
          value={body}
          maxLength={LEGAL_LIMITS.body}
          onChange={setBody}
        />
        <Field
          id="training-course"
          label={t('legal.training.course')}
          value={course}
          maxLength={LEGAL_LIMITS.course}
          onChange={setCourse}
        />
        <div className="field">
          <label htmlFor="training-date">{t('legal.training.date')}</label>
          <p className="field__hint" id="training-date-hint">
            {t('legal.training.dateHint')}
          </p>
          {errors.date && (
            <p className="field__error" id="training-date-error">
              {t('legal.place.dateInvalid')}
            </p>
          )}
          <input
            id="training-date"
            type="date"
            value={date}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={errors.date ? 'training-date-hint training-date-error' : 'training-date-hint'}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={full}>
            {t('legal.training.add')}
          </button>
        </div>
        {full && <p>{t('legal.training.full', { max: LEGAL_LIMITS.trainings })}</p>}
      </form>
      <div role="status" className="visually-hidden">
        {message}
      </div>
    </>
  );
}
