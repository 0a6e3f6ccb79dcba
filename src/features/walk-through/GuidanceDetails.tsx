import type { Question } from '../../domain/questionnaire/schema';
import { localize, useT } from '../../i18n';
import { useLanguage } from '../../i18n/language';
import { ReferenceList } from './ReferenceList';

export function GuidanceDetails({ question }: { question: Question }) {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const guidance = localize(question.guidance, language);
  const evidence = localize(question.evidence, language);
  return (
    <details>
      <summary>
        {t('walk.guidance')} · {t('walk.references')}
        {guidance.fallback && <span className="muted"> {t('walk.svOnly')}</span>}
      </summary>
      <div>
        <p lang={guidance.fallback ? 'sv' : undefined}>{guidance.text}</p>
        <h3>{t('walk.evidence')}</h3>
        <p lang={evidence.fallback ? 'sv' : undefined}>{evidence.text}</p>
        <h3>{t('walk.references')}</h3>
        <ReferenceList msb={question.msb} references={question.references} legalBasis={question.legalBasis} />
      </div>
    </details>
  );
}
