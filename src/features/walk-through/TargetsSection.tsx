import { useState, type ReactNode } from 'react';
import type { Assessment } from '../../domain/assessment/types';
import { LIMITS } from '../../domain/assessment/types';
import type { Area, Questionnaire } from '../../domain/questionnaire/schema';
import { defaultTargetReason, targetFor } from '../../domain/scoring/targets';
import { localize, useLocalize, useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { setAreaTarget } from '../../storage/assessments';
import { persist } from '../../data/save-failure';
import { useDebouncedSave } from '../../ui/use-debounced-save';

type Props = { assessment: Assessment; questionnaire: Questionnaire };

export const defaultReasonKey = (area: Area) =>
  defaultTargetReason(area) === 'law' ? 'overview.defaultReasonLaw' : 'overview.defaultReasonBase';

function TargetRow({ assessment, area, questionnaire }: Props & { area: Area }) {
  const t = useT();
  const loc = useLocalize();
  const language = useLanguage((s) => s.language);
  const target = targetFor(area, assessment);
  const title = loc(area.title);
  const fallback = { level: target.level, reason: target.reason };
  const setTarget = (patch: { level?: number; reason?: string }) =>
    void persist(setAreaTarget(assessment.id, area.id, patch, fallback));
  const reasonSaver = useDebouncedSave((reason: string) =>
    setTarget({ reason: reason.slice(0, LIMITS.reason) }),
  );
  // The reason follows what is stored (another tab, a merge) except while the user is typing in it.
  const [reason, setReason] = useState(target.reason);
  const [typing, setTyping] = useState(false);
  const [stored, setStored] = useState(target.reason);
  if (stored !== target.reason) {
    setStored(target.reason);
    if (!typing) setReason(target.reason);
  }

  return (
    <tr>
      <th scope="row">{title}</th>
      <td>
        <label className="visually-hidden" htmlFor={`target-${area.id}`}>
          {t('overview.targetFor', { area: title })}
        </label>
        <select
          id={`target-${area.id}`}
          value={target.level}
          onChange={(e) => setTarget({ level: Number(e.target.value) })}
        >
          {questionnaire.scale.map((s) => (
            <option key={s.level} value={s.level}>
              {s.level} – {localize(s.name, language).text}
              {target.isDefault && s.level === target.level ? ` (${t('overview.targetDefault')})` : ''}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`reason-${area.id}`}>
          {t('overview.targetReason', { area: title })}
        </label>
        {target.isDefault && (
          <p className="field__hint" id={`reason-default-${area.id}`}>
            {t(defaultReasonKey(area))}
          </p>
        )}
        <input
          id={`reason-${area.id}`}
          type="text"
          maxLength={LIMITS.reason}
          aria-describedby={target.isDefault ? `reason-default-${area.id}` : undefined}
          value={reason}
          onFocus={() => setTyping(true)}
          onChange={(e) => {
            setReason(e.target.value);
            reasonSaver.schedule(e.target.value);
          }}
          onBlur={() => {
            setTyping(false);
            reasonSaver.flush();
          }}
        />
      </td>
    </tr>
  );
}

/** The targets table; `first` (a new assessment) presents it as the first step, with its own heading. */
export function TargetsSection({
  assessment,
  questionnaire,
  first = false,
  children,
}: Props & { first?: boolean; children?: ReactNode }) {
  const t = useT();
  return (
    <section aria-labelledby="targets-title" className={first ? 'panel targets-first' : undefined}>
      <h2 id="targets-title">{first ? t('overview.targetsStep') : t('overview.targets')}</h2>
      {first && <p>{t('overview.targetsStepIntro')}</p>}
      <p>{t('overview.targetsIntro')}</p>
      <table className="table-stack">
        <thead>
          <tr>
            <th scope="col">{t('summary.area')}</th>
            <th scope="col">{t('summary.target')}</th>
            <th scope="col">{t('overview.targetReasonCol')}</th>
          </tr>
        </thead>
        <tbody>
          {questionnaire.areas.map((area) => (
            <TargetRow key={area.id} assessment={assessment} area={area} questionnaire={questionnaire} />
          ))}
        </tbody>
      </table>
      {children}
    </section>
  );
}
