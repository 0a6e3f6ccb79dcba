import { useState } from 'react';
import { useT } from '../../i18n';
import type { Assessment } from '../../domain/assessment/types';
import { LIMITS } from '../../domain/assessment/types';
import { createFromEarlier, updateAssessment } from '../../storage/assessments';
import type { StoredCounts } from '../../storage/hooks';
import { loadQuestionnaire } from '../../content';
import { useMessages } from '../../ui/message-store';
import { persist, tellSaveFailed } from '../../data/save-failure';

type Props = {
  assessment: Assessment;
  /** Null while the stored answers are still being counted: the cell stays empty rather than say 0. */
  counts: StoredCounts | null;
  onDelete: (a: Assessment) => void;
};

export function AssessmentRow({ assessment, counts, onDelete }: Props) {
  const t = useT();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(assessment.organisation);
  const show = useMessages((s) => s.show);
  const inputId = `rename-${assessment.id}`;

  const saveName = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const saved = await persist(
      updateAssessment(assessment.id, { organisation: trimmed.slice(0, LIMITS.organisation) }),
    );
    if (saved) setRenaming(false);
  };

  const basedOn = async () => {
    try {
      const id = await createFromEarlier(assessment.id, await loadQuestionnaire());
      show(t('start.created', { name: assessment.organisation }), 'ok');
      window.location.hash = `#/skattning/${id}`;
    } catch (error) {
      tellSaveFailed(error);
    }
  };

  return (
    <tr>
      <td>
        {renaming ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void saveName();
            }}
          >
            <label htmlFor={inputId} className="visually-hidden">
              {t('start.renameLabel', { name: assessment.organisation })}
            </label>
            <input
              id={inputId}
              type="text"
              value={name}
              maxLength={LIMITS.organisation}
              autoFocus
              onChange={(e) => setName(e.target.value)}
            />
            <div className="actions">
              <button type="submit" className="button">
                {t('start.renameSave')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setRenaming(false)}>
                {t('start.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <a href={`#/skattning/${assessment.id}`}>{assessment.organisation}</a>
        )}
      </td>
      <td>{assessment.scope}</td>
      <td className="nowrap">{assessment.date}</td>
      <td className="num">
        {counts?.answered}
        {counts && (counts.unknown > 0 || counts.notApplicable > 0) && (
          <span className="muted">
            {' '}
            ({t('counts.beside', { unknown: counts.unknown, na: counts.notApplicable })})
          </span>
        )}
      </td>
      <td>
        <div className="actions" style={{ margin: 0 }}>
          <button
            type="button"
            className="button button--link"
            onClick={() => setRenaming(true)}
            aria-label={`${t('start.rename')}: ${assessment.organisation}`}
          >
            {t('start.rename')}
          </button>
          <button
            type="button"
            className="button button--link"
            onClick={() => void basedOn()}
            aria-label={`${t('start.basedOn')}: ${assessment.organisation} ${assessment.date}`}
          >
            {t('start.basedOn')}
          </button>
          <button
            type="button"
            className="button button--link"
            onClick={() => onDelete(assessment)}
            aria-label={`${t('start.delete')}: ${assessment.organisation} ${assessment.date}`}
          >
            {t('start.delete')}
          </button>
        </div>
      </td>
    </tr>
  );
}
