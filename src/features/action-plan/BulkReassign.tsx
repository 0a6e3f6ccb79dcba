import { useState } from 'react';
import { PLAN_LIMITS } from '../../domain/plan/edit';
import type { Reassignment } from '../../domain/plan/reassign';
import type { Role } from '../../domain/questionnaire/schema';
import { nowIso } from '../../domain/ids';
import { reassignPlanItems } from '../../storage/plan';
import { persist } from '../../data/save-failure';
import { useLocalize, useT } from '../../i18n';

type Props = { ids: readonly string[]; roles: readonly Role[]; onDone: () => void };

/** "Byt ansvarig": one owner for every selected action, written in one transaction. */
export function BulkReassign({ ids, roles, onDone }: Props) {
  const t = useT();
  const loc = useLocalize();
  const [role, setRole] = useState('');
  const [person, setPerson] = useState('');
  const [clearPerson, setClearPerson] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const apply = async () => {
    const change: Reassignment = {};
    if (role) change.ownerRole = role;
    if (clearPerson) change.ownerName = '';
    else if (person.trim()) change.ownerName = person;
    // The check (zod) loads with the first reassignment, not with the plan page.
    const { reassignmentError } = await import('../../domain/plan/reassign');
    const error = reassignmentError(change);
    if (error)
      return setMessage({
        error: true,
        text: t(error === 'tooLong' ? 'plan.bulk.tooLong' : 'plan.bulk.nothingToSet'),
      });
    const count = ids.length;
    if (!(await persist(reassignPlanItems(ids, change, nowIso())))) return setMessage(null);
    setMessage({
      error: false,
      text: count === 1 ? t('plan.bulk.done.one') : t('plan.bulk.done.other', { count }),
    });
    setRole('');
    setPerson('');
    setClearPerson(false);
    onDone();
  };

  // Until actions are chosen, one line says how; the fields would only push the table down.
  return (
    <fieldset className="plan-bulk">
      <legend>
        {t('plan.bulk.legend')}{' '}
        <span className="plan-bulk__count">({t('plan.table.selected', { count: ids.length })})</span>
      </legend>
      {ids.length === 0 ? (
        <p className="muted plan-bulk__hint">{t('plan.bulk.hint')}</p>
      ) : (
        <div className="plan-bulk__fields">
          <div className="field">
            <label htmlFor="plan-bulk-role">{t('plan.bulk.role')}</label>
            <select id="plan-bulk-role" value={role} onChange={(e) => setRole(e.target.value)}>
              <option value="">{t('plan.bulk.keepRole')}</option>
              {roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {loc(r.name)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="plan-bulk-person">{t('plan.bulk.person')}</label>
            <input
              id="plan-bulk-person"
              type="text"
              value={person}
              maxLength={PLAN_LIMITS.ownerName}
              disabled={clearPerson}
              onChange={(e) => setPerson(e.target.value)}
            />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={clearPerson} onChange={(e) => setClearPerson(e.target.checked)} />
            <span>{t('plan.bulk.clearPerson')}</span>
          </label>
          <button type="button" className="button" onClick={() => void apply()}>
            {t('plan.bulk.apply')}
          </button>
        </div>
      )}
      <p role="status" className={message?.error ? 'field__error' : undefined}>
        {message?.text}
      </p>
    </fieldset>
  );
}
