import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { dependencyChoices, PLAN_LIMITS, type PlanItemEdit } from '../../domain/plan/edit';
import { planItemEditSchema, type PlanItemEditInput } from '../../domain/plan/edit-schema';
import { PLAN_STATUSES, type PlanItem } from '../../domain/plan/types';
import type { Role } from '../../domain/questionnaire/schema';
import { EFFORTS } from '../../domain/questionnaire/constants';
import { useLocalize, useT, type MessageKey } from '../../i18n';

type Props = {
  formId: string;
  heading: string;
  defaults: PlanItemEdit;
  roles: readonly Role[];
  /** The plan's items, which this one can wait for. */
  items: readonly PlanItem[];
  /** The item being edited; null for a new one. */
  itemId?: string | null;
  titleOf: (item: PlanItem) => string;
  onSave: (values: PlanItemEdit) => void;
  onCancel: () => void;
};

type TextField = 'title' | 'description' | 'deliverable' | 'ownerName' | 'followUp' | 'note' | 'decidedIn';
type DateField = 'start' | 'due' | 'decidedDate';
type AmountField = 'costKronor' | 'costDays';

/** Editing or adding one action: react-hook-form validated by the same zod schema as the domain. */
export function PlanItemForm(props: Props) {
  const { formId, heading, defaults, roles, onSave, onCancel } = props;
  const t = useT();
  const loc = useLocalize();
  const {
    register,
    handleSubmit,
    control,
    setValue,
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
  const dependsOn = useWatch({ control, name: 'dependsOn' });
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
      <Dependencies
        id={id('dependsOn')}
        value={dependsOn ?? []}
        onChange={(ids) => setValue('dependsOn', ids, { shouldDirty: true })}
        items={props.items}
        itemId={props.itemId ?? null}
        titleOf={props.titleOf}
      />
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

type DependenciesProps = {
  id: string;
  value: readonly string[];
  onChange: (ids: string[]) => void;
  items: readonly PlanItem[];
  itemId: string | null;
  titleOf: (item: PlanItem) => string;
};

/** "Väntar på": what this item waits for, each with a remove button, and a list to add one from. */
function Dependencies({ id, value, onChange, items, itemId, titleOf }: DependenciesProps) {
  const t = useT();
  const [adding, setAdding] = useState('');
  const byId = new Map(items.map((i) => [i.id, i]));
  const choices = dependencyChoices(items, itemId).filter((i) => !value.includes(i.id));
  const name = (dep: string) => {
    const item = byId.get(dep);
    return item ? titleOf(item) : dep;
  };
  return (
    <fieldset className="plan-deps">
      <legend>{t('plan.waitsFor')}</legend>
      {value.length === 0 ? (
        <p className="muted">{t('plan.waitsFor.none')}</p>
      ) : (
        <ul>
          {value.map((dep) => (
            <li key={dep}>
              {name(dep)}{' '}
              <button
                type="button"
                className="button button--link"
                aria-label={t('plan.waitsFor.removeNamed', { title: name(dep) })}
                onClick={() => onChange(value.filter((d) => d !== dep))}
              >
                {t('plan.waitsFor.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {choices.length > 0 && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-add`}>{t('plan.waitsFor.choose')}</label>
            <select id={`${id}-add`} value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">–</option>
              {choices.map((i) => (
                <option key={i.id} value={i.id}>
                  {titleOf(i)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary"
            disabled={adding === ''}
            onClick={() => {
              onChange([...value, adding]);
              setAdding('');
            }}
          >
            {t('plan.waitsFor.add')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
