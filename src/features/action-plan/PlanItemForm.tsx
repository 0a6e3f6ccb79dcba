import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  planItemEditSchema,
  PLAN_LIMITS,
  type PlanItemEdit,
  type PlanItemEditInput,
} from '../../domain/plan/edit';
import { PLAN_STATUSES } from '../../domain/plan/types';
import type { Role } from '../../domain/questionnaire/schema';
import { EFFORTS } from '../../domain/questionnaire/constants';
import { useLocalize, useT, type MessageKey } from '../../i18n';

type Props = {
  formId: string;
  heading: string;
  defaults: PlanItemEdit;
  roles: readonly Role[];
  onSave: (values: PlanItemEdit) => void;
  onCancel: () => void;
};

type TextField = 'title' | 'description' | 'deliverable' | 'ownerName' | 'followUp' | 'note' | 'decidedIn';
type DateField = 'start' | 'due' | 'decidedDate';
type AmountField = 'costKronor' | 'costDays';

/** Editing or adding one action: react-hook-form validated by the same zod schema as the domain. */
export function PlanItemForm({ formId, heading, defaults, roles, onSave, onCancel }: Props) {
  const t = useT();
  const loc = useLocalize();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<PlanItemEditInput, unknown, PlanItemEdit>({
    resolver: zodResolver(planItemEditSchema),
    defaultValues: {
      ...defaults,
      start: defaults.start ?? '',
      due: defaults.due ?? '',
      decidedDate: defaults.decidedDate ?? '',
      costKronor: defaults.costKronor ?? '',
      costDays: defaults.costDays ?? '',
    },
  });
  const id = (name: string) => `${formId}-${name}`;
  const error = (name: keyof PlanItemEdit) => {
    const code = errors[name]?.message;
    return code ? (
      <p className="field__error" id={id(`${name}-error`)}>
        {t(`plan.error.${code}` as MessageKey)}
      </p>
    ) : null;
  };
  const a11y = (name: keyof PlanItemEdit) => ({
    id: id(name),
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? id(`${name}-error`) : undefined,
  });
  const text = (name: TextField, multiline = false) => (
    <div className="field">
      <label htmlFor={id(name)}>{t(`plan.field.${name}`)}</label>
      {error(name)}
      {multiline ? (
        <textarea maxLength={PLAN_LIMITS[name]} {...a11y(name)} {...register(name)} />
      ) : (
        <input type="text" maxLength={PLAN_LIMITS[name]} {...a11y(name)} {...register(name)} />
      )}
    </div>
  );
  const date = (name: DateField) => (
    <div className="field">
      <label htmlFor={id(name)}>{t(`plan.field.${name}`)}</label>
      {error(name)}
      <input type="date" {...a11y(name)} {...register(name)} />
    </div>
  );
  const amount = (name: AmountField) => (
    <div className="field">
      <label htmlFor={id(name)}>{t(`plan.field.${name}`)}</label>
      {error(name)}
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        maxLength={20}
        {...a11y(name)}
        {...register(name)}
      />
    </div>
  );
  const roleKnown = roles.some((r) => r.id === defaults.ownerRole);

  return (
    <form className="plan-form" aria-labelledby={id('heading')} noValidate onSubmit={handleSubmit(onSave)}>
      <h3 id={id('heading')}>{heading}</h3>
      {text('title')}
      {text('description', true)}
      {text('deliverable', true)}
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('ownerRole')}>{t('plan.field.ownerRole')}</label>
          <select {...a11y('ownerRole')} {...register('ownerRole')}>
            {!roleKnown && <option value={defaults.ownerRole}>{defaults.ownerRole || '–'}</option>}
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {loc(r.name)}
              </option>
            ))}
          </select>
        </div>
        {text('ownerName')}
      </div>
      <div className="field-row">
        {date('start')}
        {date('due')}
        <div className="field">
          <label htmlFor={id('priority')}>{t('plan.field.priority')}</label>
          <select {...a11y('priority')} {...register('priority', { valueAsNumber: true })}>
            {[1, 2, 3].map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('effort')}>{t('plan.field.effort')}</label>
          <select {...a11y('effort')} {...register('effort')}>
            {EFFORTS.map((e) => (
              <option key={e} value={e}>
                {t(`plan.effort.${e}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={id('status')}>{t('plan.field.status')}</label>
          <select {...a11y('status')} {...register('status')}>
            {PLAN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`plan.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        {amount('costKronor')}
        {amount('costDays')}
      </div>
      {text('followUp', true)}
      {text('note', true)}
      <div className="field-row">
        {text('decidedIn')}
        {date('decidedDate')}
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t('plan.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('plan.cancel')}
        </button>
      </div>
    </form>
  );
}
