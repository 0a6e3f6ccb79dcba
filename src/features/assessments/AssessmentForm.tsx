import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { detailsSchema, type DetailsInput } from '../../domain/assessment/details-schema';
import { LIMITS } from '../../domain/assessment/types';
import { useT, type MessageKey } from '../../i18n';

type Props = {
  defaults: DetailsInput;
  submitLabel: string;
  onSubmit: (values: DetailsInput) => Promise<void>;
};

type FieldName = keyof DetailsInput;
const labels: Record<FieldName, MessageKey> = {
  organisation: 'assessment.organisation',
  scope: 'assessment.scope',
  participants: 'assessment.participants',
  date: 'assessment.date',
};
const hints: Partial<Record<FieldName, MessageKey>> = {
  organisation: 'assessment.organisationHint',
  scope: 'assessment.scopeHint',
  participants: 'assessment.participantsHint',
};
const max: Partial<Record<FieldName, number>> = LIMITS;

export function AssessmentForm({ defaults, submitLabel, onSubmit }: Props) {
  const t = useT();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<DetailsInput>({ resolver: zodResolver(detailsSchema), defaultValues: defaults });

  const errorText = (name: FieldName) => {
    const code = errors[name]?.message;
    if (!code) return null;
    const field = t(labels[name]).toLowerCase();
    if (code === 'tooLong') return t('validation.tooLong', { field: t(labels[name]), max: max[name] ?? 0 });
    if (code === 'date') return t('validation.date');
    return t('validation.required', { field });
  };

  const field = (name: FieldName, multiline = false) => {
    const error = errorText(name);
    const hint = hints[name];
    const describedBy =
      [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ') || undefined;
    const common = {
      id: name,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy,
      maxLength: max[name],
      ...register(name),
    };
    return (
      <div className="field">
        <label htmlFor={name}>{t(labels[name])}</label>
        {hint && (
          <p className="field__hint" id={`${name}-hint`}>
            {t(hint)}
          </p>
        )}
        {error && (
          <p className="field__error" id={`${name}-error`}>
            {error}
          </p>
        )}
        {multiline ? (
          <textarea {...common} />
        ) : (
          <input type={name === 'date' ? 'date' : 'text'} {...common} />
        )}
      </div>
    );
  };

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)}>
      {field('organisation')}
      {field('scope')}
      {field('participants', true)}
      {field('date')}
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
