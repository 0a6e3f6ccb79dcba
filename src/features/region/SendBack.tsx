import { useState } from 'react';
import {
  PICTURE_MIME_TYPE,
  regionPictureFileName,
  writeRegionPicture,
  type PictureWriteProblem,
  type RegionFilter,
  type RegionPicture,
} from '../../domain/region';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { nowIso } from '../../domain/ids';
import { useT, type Translate } from '../../i18n';
import { downloadBlob } from '../../ui/download';

type Props = {
  picture: Extract<RegionPicture, { suppressed: false }>;
  bank: Pick<Questionnaire, 'id' | 'version'>;
  filter: RegionFilter;
};

function problemText(t: Translate, problem: PictureWriteProblem): string {
  switch (problem.kind) {
    case 'too-few':
      return t('region.sendBack.tooFew', { kommuner: problem.kommuner, minimum: problem.minimum });
    case 'weak-password':
      return t(`share.password.${problem.problem}`);
    case 'empty-password':
      return t('share.password.empty');
    default:
      return t('region.sendBack.failed');
  }
}

/**
 * The aggregate a kommun may be sent to see its own position (docs/result-file.md, the region's
 * picture): no kommun in it can be identified, and it is never written for fewer than five.
 */
export function SendBack({ picture, bank, filter }: Props) {
  const t = useT();
  const [protect, setProtect] = useState(false);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async () => {
    setSaved(null);
    const written = await writeRegionPicture(
      picture,
      {
        questionnaire: { id: bank.id, version: bank.version },
        filter,
        exportedAt: nowIso(),
        generatorVersion: __APP_VERSION__,
      },
      protect ? { password } : {},
    );
    if (!written.ok) return setProblem(problemText(t, written.error));
    setProblem(null);
    const name = regionPictureFileName(written.file);
    downloadBlob(new Blob([written.text], { type: PICTURE_MIME_TYPE }), name);
    setSaved(name);
  };

  return (
    <section aria-labelledby="region-send-back-title" className="panel no-print">
      <h3 id="region-send-back-title">{t('region.sendBack.title')}</h3>
      <p>{t('region.sendBack.intro')}</p>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} />
          <span>{t('region.sendBack.protect')}</span>
        </label>
      </div>
      {protect && (
        <div className="field">
          <label htmlFor="region-send-back-password">{t('region.password.label')}</label>
          <input
            id="region-send-back-password"
            type="password"
            autoComplete="new-password"
            maxLength={200}
            value={password}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'region-send-back-problem' : undefined}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
      )}
      {problem && (
        <p className="field__error" id="region-send-back-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="button" onClick={() => void save()}>
        {t('region.sendBack.save')}
      </button>
      <p role="status">{saved && t('region.sendBack.saved', { name: saved })}</p>
    </section>
  );
}
