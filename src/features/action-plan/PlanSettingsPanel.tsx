import { useState } from 'react';
import { useT } from '../../i18n';
import type { PlanSettings } from '../../domain/plan/settings';
import { DEFAULT_CAPACITY, OTHER_ROLE_CAPACITY } from '../../domain/plan/capacity';
import { newId } from '../../domain/ids';
import { addOwnRole, parseCapacity, removeOwnRole, withCapacity } from '../../domain/plan/settings';
import { updatePlanSettings } from '../../storage/plan-settings';
import { persist } from '../../data/save-failure';
import { AdoptionForm } from './lazy-forms';

type Props = {
  assessmentId: string;
  settings: PlanSettings;
  /** Every owner an item can have, with names in the UI language. */
  roles: readonly { id: string; name: string }[];
  /** The questionnaire's role names, which an own role may not repeat. */
  builtInNames: readonly string[];
  /** The owners the plan's items have, dismissed ones included. */
  owners: readonly string[];
};

/** Capacity per owner, the kommun's own roles and people, and the adoption block, behind one button. */
export function PlanSettingsPanel(props: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <section className="plan-settings no-print" aria-labelledby="plan-settings-title">
      <h2 id="plan-settings-title">{t('plan.settings.title')}</h2>
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls="plan-settings-body"
        onClick={() => setOpen(!open)}
      >
        {t(open ? 'plan.settings.hide' : 'plan.settings.show')}
      </button>
      <div id="plan-settings-body" hidden={!open}>
        {open && (
          <>
            <AdoptionForm assessmentId={props.assessmentId} settings={props.settings} />
            <OwnRoles {...props} />
            <Capacity {...props} />
          </>
        )}
      </div>
    </section>
  );
}

function Capacity({ assessmentId, settings, roles, owners }: Props) {
  const t = useT();
  const shown = roles.filter((r) => owners.includes(r.id) || r.id.startsWith('egen-'));
  const [typed, setTyped] = useState<Record<string, string>>(() =>
    Object.fromEntries(shown.map((r) => [r.id, settings.capacity[r.id]?.toString() ?? ''])),
  );
  const [errors, setErrors] = useState<Record<string, boolean>>({});
  const [saved, setSaved] = useState(false);
  const save = async () => {
    const parsed = shown.map((r) => [r.id, parseCapacity(typed[r.id] ?? '')] as const);
    const bad = Object.fromEntries(parsed.filter(([, v]) => v === 'amount').map(([id]) => [id, true]));
    setErrors(bad);
    setSaved(false);
    if (Object.keys(bad).length > 0) {
      document.getElementById(`capacity-${Object.keys(bad)[0]}`)?.focus();
      return;
    }
    const change = (s: PlanSettings) =>
      parsed.reduce((acc, [id, v]) => withCapacity(acc, id, v as number | null), s);
    if (await persist(updatePlanSettings(assessmentId, change))) setSaved(true);
  };
  return (
    <form
      className="plan-settings__part"
      aria-labelledby="capacity-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="capacity-title">{t('plan.settings.capacity')}</h3>
      <p className="muted">{t('plan.settings.capacityIntro')}</p>
      <ul className="plan-capacity">
        {shown.map((r) => {
          const id = `capacity-${r.id}`;
          const fallback = DEFAULT_CAPACITY[r.id] ?? OTHER_ROLE_CAPACITY;
          return (
            <li key={r.id} className="field">
              <label htmlFor={id}>{r.name}</label>
              <span className="muted" id={`${id}-default`}>
                {t('plan.settings.capacityDefault', { points: fallback })}
              </span>
              {errors[r.id] && (
                <p className="field__error" id={`${id}-error`}>
                  {t('plan.settings.error.amount')}
                </p>
              )}
              <input
                id={id}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                maxLength={4}
                size={4}
                placeholder={String(fallback)}
                value={typed[r.id] ?? ''}
                aria-invalid={errors[r.id] ? true : undefined}
                aria-describedby={errors[r.id] ? `${id}-error ${id}-default` : `${id}-default`}
                onChange={(e) => setTyped({ ...typed, [r.id]: e.target.value })}
              />
            </li>
          );
        })}
      </ul>
      <button type="submit" className="button">
        {t('plan.settings.saveCapacity')}
      </button>
      <p role="status">{saved ? t('plan.settings.capacitySaved') : ''}</p>
    </form>
  );
}

function OwnRoles({ assessmentId, settings, builtInNames, owners }: Props) {
  const t = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const add = async () => {
    let refusal: string | null = null;
    const result = await persist(
      updatePlanSettings(assessmentId, (s) => {
        const next = addOwnRole(s, name, builtInNames, newId());
        if (typeof next === 'string') refusal = next;
        return next;
      }),
    );
    if (!result) return;
    if (refusal) {
      setError(t(`plan.settings.error.${refusal as 'required'}`));
      document.getElementById('own-role-name')?.focus();
      return;
    }
    setError(null);
    setMessage(t('plan.settings.roleAdded', { name: name.trim() }));
    setName('');
  };
  const remove = async (id: string, roleName: string) => {
    let refused = false;
    const result = await persist(
      updatePlanSettings(assessmentId, (s) => {
        const next = removeOwnRole(s, id, owners);
        refused = next === 'inUse';
        return next;
      }),
    );
    if (!result) return;
    setMessage(
      refused
        ? t('plan.settings.error.inUse', { name: roleName })
        : t('plan.settings.roleRemoved', { name: roleName }),
    );
  };
  return (
    <div className="plan-settings__part" role="group" aria-labelledby="own-roles-title">
      <h3 id="own-roles-title">{t('plan.settings.roles')}</h3>
      <p className="muted">{t('plan.settings.rolesIntro')}</p>
      {settings.roles.length === 0 ? (
        <p>{t('plan.settings.noRoles')}</p>
      ) : (
        <ul className="plan-own-roles">
          {settings.roles.map((r) => (
            <li key={r.id}>
              <span>{r.name}</span>{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void remove(r.id, r.name)}
              >
                {t('plan.settings.removeRole', { name: r.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div className="field">
          <label htmlFor="own-role-name">{t('plan.settings.roleName')}</label>
          {error && (
            <p className="field__error" id="own-role-name-error">
              {error}
            </p>
          )}
          <input
            id="own-role-name"
            type="text"
            maxLength={80}
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'own-role-name-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t('plan.settings.addRole')}
        </button>
      </form>
      <p role="status">{message}</p>
    </div>
  );
}
