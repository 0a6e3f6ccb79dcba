import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useT, type MessageKey } from '../../i18n';
import { PLAN_SETTINGS_LIMITS, type PlanSettings } from '../../domain/plan/settings';
import { adoptionSchema, type Adoption } from '../../domain/plan/adoption';
import { updatePlanSettings } from '../../storage/plan-settings';
import { persist } from '../../data/save-failure';

type Props = { assessmentId: string; settings: PlanSettings };
type Input = { adoptedBy: string; adoptedDate: string | null; diarienummer: string };

/** Fastställd av, datum, diarienummer: the adoption block of the printed plan. */
export function AdoptionForm({ assessmentId, settings }: Props) {
  const t = useT();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Input, unknown, Adoption>({
    resolver: zodResolver(adoptionSchema),
    defaultValues: {
      adoptedBy: settings.adoptedBy,
      adoptedDate: settings.adoptedDate ?? '',
      diarienummer: settings.diarienummer,
    },
  });
  const field = (name: keyof Input, label: MessageKey, type: 'text' | 'date', max?: number) => {
    const id = `adoption-${name}`;
    const code = errors[name]?.message;
    return (
      <div className="field">
        <label htmlFor={id}>{t(label)}</label>
        {code && (
          <p className="field__error" id={`${id}-error`}>
            {t(`plan.settings.error.${code}` as MessageKey)}
          </p>
        )}
        <input
          id={id}
          type={type}
          maxLength={max}
          aria-invalid={code ? true : undefined}
          aria-describedby={code ? `${id}-error` : undefined}
          {...register(name, { onChange: () => setSaved(false) })}
        />
      </div>
    );
  };
  return (
    <form
      className="plan-settings__part"
      aria-labelledby="adoption-title"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        if (await persist(updatePlanSettings(assessmentId, (s) => ({ ...s, ...values })))) setSaved(true);
      })}
    >
      <h3 id="adoption-title">{t('plan.settings.adoption')}</h3>
      <p className="muted">{t('plan.settings.adoptionIntro')}</p>
      <div className="field-row">
        {field('adoptedBy', 'plan.settings.adoptedBy', 'text', PLAN_SETTINGS_LIMITS.adoptedBy)}
        {field('adoptedDate', 'plan.settings.adoptedDate', 'date')}
        {field('diarienummer', 'plan.settings.diarienummer', 'text', PLAN_SETTINGS_LIMITS.diarienummer)}
      </div>
      <button type="submit" className="button">
        {t('plan.settings.saveAdoption')}
      </button>
      <p role="status">{saved ? t('plan.settings.adoptionSaved') : ''}</p>
    </form>
  );
}
