import type { LegalBasis, MsbStep, QuestionReferences } from '../../domain/questionnaire/schema';
import { cslParagraphLabel, formatNis2 } from '../../domain/questionnaire/legal-basis';
import type { Translate } from '../../i18n';
import { useT } from '../../i18n';

type Props = {
  msb?: { step: MsbStep; part: string };
  references: QuestionReferences;
  legalBasis?: readonly LegalBasis[];
};

function basisLabel(t: Translate, basis: LegalBasis): string {
  if (basis.kind === 'csl-duty') return t('legal.cslDuty', { paragraph: cslParagraphLabel(basis.paragraph) });
  if (basis.kind === 'csl-measure') return t('legal.cslMeasure', { letter: basis.letter });
  return t(`legal.${basis.law}`);
}

export function ReferenceList({ msb, references, legalBasis = [] }: Props) {
  const t = useT();
  const rows: [string, string][] = [];
  if (legalBasis.length) rows.push([t('ref.legalBasis'), legalBasis.map((b) => basisLabel(t, b)).join('; ')]);
  if (msb) rows.push([t('ref.msb'), `${t(`msb.${msb.step}`)}: ${msb.part}`]);
  if (references.iso.length) rows.push([t('ref.iso'), references.iso.join(', ')]);
  if (references.csf.length) rows.push([t('ref.csf'), references.csf.join(', ')]);
  if (references.cis.length) rows.push([t('ref.cis'), references.cis.join(', ')]);
  if (references.nis2.length) rows.push([t('ref.nis2'), formatNis2(references.nis2)]);
  return (
    <dl className="refs">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
