import { useState } from 'react';
import { useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { downloadBlob } from '../../ui/download';
import {
  checkSharePassword,
  createBundle,
  exportShareFile,
  MIME_TYPE,
  PASSWORD_MAX_LENGTH,
  shareFileName,
} from '../../domain/exchange';
import { nowIso } from '../../domain/ids';
import { loadBundleParts } from '../../storage/exchange';
import { markSavedToFile } from '../../storage/backup';
import { useAssessment } from '../../storage/hooks';
import { exportErrorText } from './messages';
import { UndoMerge } from './UndoMerge';
import { SecrecyNotice } from '../../ui/SecrecyNotice';

export default function SharePage({ id }: { id: string }) {
  const t = useT();
  const assessment = useAssessment(id);
  const [encrypt, setEncrypt] = useState(true);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [omitNames, setOmitNames] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  if (assessment === undefined) return <p>{t('app.loading')}</p>;
  if (assessment === null) return <Notice tone="error">{t('app.missingAssessment')}</Notice>;

  // The policy is the domain's (password-policy.ts); the export refuses the same passwords.
  const check = encrypt ? checkSharePassword({ password, repeat }) : {};
  const passwordError = check.password ? t(`share.password.${check.password}`) : null;
  const repeatError = check.repeat ? t('share.passwordMismatch') : null;

  const save = async () => {
    setTried(true);
    setSaved(null);
    setProblem(null);
    if (passwordError || repeatError) return;
    setBusy(true);
    try {
      const parts = await loadBundleParts(id);
      if (!parts) return setProblem(t('app.missingAssessment'));
      const bundle = createBundle({ ...parts, exportedAt: nowIso(), generatorVersion: __APP_VERSION__ });
      const result = await exportShareFile(bundle, {
        omitPersonalNames: omitNames,
        ...(encrypt ? { password } : {}),
      });
      if (!result.ok) return setProblem(exportErrorText(t, result.error));
      const name = shareFileName(parts.assessment);
      downloadBlob(new Blob([result.text], { type: MIME_TYPE }), name);
      // Device-local, for the overview's "last saved to a file" and its nudge.
      await markSavedToFile(id, nowIso()).catch(() => undefined);
      setSaved(t('share.saved', { name }));
      // The password is used once and never kept.
      setPassword('');
      setRepeat('');
      setTried(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={`${t('share.title')} – ${assessment.organisation}`}>
      <p>
        <a href={`#/skattning/${id}`}>{t('walk.toOverview')}</a>
      </p>
      <p>{t('share.intro')}</p>
      <SecrecyNotice title={t('secrecy.title')} body={t('secrecy.body')} />
      <p>
        <a href={`#/skattning/${id}/resultat`}>{t('regionSend.link')}</a>
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />
            <span>{t('share.encrypt')}</span>
          </label>
        </div>
        {encrypt ? (
          <>
            <p className="muted">{t('share.encryptedInfo')}</p>
            <div className="field">
              <label htmlFor="share-password">{t('share.password')}</label>
              <p className="field__hint" id="share-password-hint">
                {t('share.passwordHint')}
              </p>
              <p className="field__hint" id="share-password-why">
                {t('share.passwordWhy')}
              </p>
              {tried && passwordError && (
                <p className="field__error" id="share-password-error">
                  {passwordError}
                </p>
              )}
              <input
                id="share-password"
                type="password"
                autoComplete="new-password"
                maxLength={PASSWORD_MAX_LENGTH}
                value={password}
                aria-invalid={tried && passwordError ? true : undefined}
                aria-describedby={`share-password-hint share-password-why${tried && passwordError ? ' share-password-error' : ''}`}
                onChange={(e) => setPassword(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor="share-repeat">{t('share.passwordRepeat')}</label>
              {tried && repeatError && (
                <p className="field__error" id="share-repeat-error">
                  {repeatError}
                </p>
              )}
              <input
                id="share-repeat"
                type="password"
                autoComplete="new-password"
                maxLength={PASSWORD_MAX_LENGTH}
                value={repeat}
                aria-invalid={tried && repeatError ? true : undefined}
                aria-describedby={tried && repeatError ? 'share-repeat-error' : undefined}
                onChange={(e) => setRepeat(e.target.value)}
              />
            </div>
          </>
        ) : (
          <Notice tone="warn">
            <p>{t('share.plainWarning')}</p>
          </Notice>
        )}
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" checked={omitNames} onChange={(e) => setOmitNames(e.target.checked)} />
            <span>{t('share.omitNames')}</span>
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('share.saving') : t('share.save')}
          </button>
        </div>
      </form>
      <div role="status">
        {saved && <Notice tone="ok">{saved}</Notice>}
        {problem && <Notice tone="error">{problem}</Notice>}
      </div>
      <UndoMerge assessmentId={id} />
    </Page>
  );
}
