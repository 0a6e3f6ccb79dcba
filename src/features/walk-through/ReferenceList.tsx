import type { MsbStep, References } from '../../domain/questionnaire/schema';
import { useT } from '../../i18n';

type Props = { msb?: { step: MsbStep; part: string }; references: References };

export function ReferenceList({ msb, references }: Props) {
  const t = useT();
  const rows: [string, string][] = [];
  if (msb) rows.push([t('ref.msb'), `${t(`msb.${msb.step}`)}: ${msb.part}`]);
  if (references.iso.length) rows.push([t('ref.iso'), references.iso.join(', ')]);
  if (references.csf.length) rows.push([t('ref.csf'), references.csf.join(', ')]);
  if (references.cis.length) rows.push([t('ref.cis'), references.cis.join(', ')]);
  if (references.nis2.length) rows.push([t('ref.nis2'), references.nis2.join(', ')]);
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
