import { useState } from 'react';
import type { Area } from '../../domain/questionnaire/schema';
import { useLocalize, useT } from '../../i18n';

type Props = { assessmentId: string; areas: readonly Area[]; current: string };

/** Jump to any area: a select and a button, so that choosing with the arrow keys never navigates by itself. */
export function AreaJump({ assessmentId, areas, current }: Props) {
  const t = useT();
  const loc = useLocalize();
  const [target, setTarget] = useState(current);
  return (
    <form
      className="jump field"
      onSubmit={(e) => {
        e.preventDefault();
        window.location.hash = `#/skattning/${assessmentId}/omrade/${target}`;
      }}
    >
      <div>
        <label htmlFor="jump-area">{t('walk.jump')}</label>
        <select id="jump-area" value={target} onChange={(e) => setTarget(e.target.value)}>
          {areas.map((a, i) => (
            <option key={a.id} value={a.id}>
              {i + 1}. {loc(a.title)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {t('walk.jumpButton')}
      </button>
    </form>
  );
}
