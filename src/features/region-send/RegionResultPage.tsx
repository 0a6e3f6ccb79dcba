import { Suspense, useEffect, useState } from 'react';
import './region-send.css';
import { useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { downloadBlob } from '../../ui/download';
import { nowIso } from '../../domain/ids';
import { passwordProblem } from '../../domain/exchange/password-policy';
import { KOMMUNER, LAN, kommunByCodeOf } from '../../domain/legal/kommuner';
import {
  buildResultFile,
  KOMMUNGRUPPER,
  RESULT_MIME_TYPE,
  resultFileName,
  senderOf,
  writeResultFile,
  type IdentityChoice,
  type Kommungrupp,
  type ResultFile,
} from '../../domain/region';
import { loadBundleParts } from '../../storage/exchange';
import { useQuestionnaire } from '../../content/use-questionnaire';
import { FileContents } from './FileContents';

type Parts = NonNullable<Awaited<ReturnType<typeof loadBundleParts>>>;

export default function RegionResultPage({ id }: { id: string }) {
  const t = useT();
  return (
    <Suspense fallback={<p>{t('app.loading')}</p>}>
      <ResultForm id={id} />
    </Suspense>
  );
}

function ResultForm({ id }: { id: string }) {
  const t = useT();
  const bank = useQuestionnaire();
  const [parts, setParts] = useState<Parts | null | undefined>(undefined);
  const [sender, setSender] = useState<string | null>(null);
  const [kind, setKind] = useState<IdentityChoice['kind']>('kommun');
  const [kommunCode, setKommunCode] = useState('');
  const [lan, setLan] = useState('');
  const [grupp, setGrupp] = useState<Kommungrupp | ''>('');
  const [encrypt, setEncrypt] = useState(false);
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // One time for the visit, so the file shown is byte for byte the file saved.
  const [exportedAt] = useState(nowIso);

  useEffect(() => {
    let live = true;
    void loadBundleParts(id).then(async (p) => {
      if (!live) return;
      setParts(p);
      if (!p) return;
      const code = p.assessment.legal.place.kommunCode ?? '';
      setKommunCode(code);
      setLan(code.slice(0, 2));
      const s = await senderOf(p.assessment.id);
      if (live) setSender(s);
    });
    return () => {
      live = false;
    };
  }, [id]);

  if (parts === undefined || (parts && sender === null)) return <p>{t('app.loading')}</p>;
  if (parts === null) return <Notice tone="error">{t('app.missingAssessment')}</Notice>;

  const identity: IdentityChoice | null =
    kind === 'kommun'
      ? kommunByCodeOf(kommunCode || null)
        ? { kind, kommunCode, kommungrupp: grupp || null }
        : null
      : lan && grupp
        ? { kind, lan, kommungrupp: grupp }
        : null;
  const file: ResultFile | null = identity
    ? buildResultFile({
        assessment: parts.assessment,
        answers: parts.answers,
        plan: parts.actions,
        questionnaire: bank,
        identity,
        sender: sender!,
        exportedAt,
        generatorVersion: __APP_VERSION__,
      })
    : null;
  const weak = encrypt ? passwordProblem(password) : null;
  const passwordError = weak ? t(`share.password.${weak}`) : null;

  const save = async () => {
    setTried(true);
    setSaved(null);
    setProblem(null);
    if (!file || passwordError) return;
    setBusy(true);
    try {
      const written = await writeResultFile(file, encrypt ? { password } : {});
      if (!written.ok)
        return setProblem(
          written.error.kind === 'weak-password'
            ? t(`share.password.${written.error.problem}`)
            : written.error.kind === 'empty-password'
              ? t('share.password.empty')
              : t('share.error.invalid', { detail: written.error.kind }),
        );
      const name = resultFileName(file);
      downloadBlob(new Blob([written.text], { type: RESULT_MIME_TYPE }), name);
      setSaved(t('regionSend.saved', { name }));
      setPassword('');
      setTried(false);
    } finally {
      setBusy(false);
    }
  };

  const identityError = tried && !identity;
  return (
    <Page title={`${t('regionSend.title')} – ${parts.assessment.organisation}`}>
      <div className="region-send">
        <p>
          <a href={`#/skattning/${id}`}>{t('walk.toOverview')}</a>
        </p>
        <p>{t('regionSend.intro')}</p>
        <p>
          <a href={`#/skattning/${id}/regionbild`}>{t('regionSend.picture.link')}</a>
        </p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <fieldset className="field">
            <legend>{t('regionSend.identity')}</legend>
            {(['kommun', 'grupp'] as const).map((k) => (
              <label className="checkbox" key={k}>
                <input type="radio" name="identity" checked={kind === k} onChange={() => setKind(k)} />
                <span>{t(`regionSend.identity.${k}`)}</span>
              </label>
            ))}
          </fieldset>
          {identityError && (
            <p className="field__error" id="region-identity-error">
              {kind === 'kommun' ? t('regionSend.needKommun') : t('regionSend.needGroup')}
            </p>
          )}
          {kind === 'kommun' ? (
            <div className="field">
              <label htmlFor="region-kommun">{t('regionSend.kommun')}</label>
              <select
                id="region-kommun"
                value={kommunCode}
                aria-invalid={identityError || undefined}
                aria-describedby={identityError ? 'region-identity-error' : undefined}
                onChange={(e) => setKommunCode(e.target.value)}
              >
                <option value="">{t('regionSend.chooseKommun')}</option>
                {LAN.map((l) => (
                  <optgroup key={l.code} label={l.name}>
                    {KOMMUNER.filter((k) => k.code.startsWith(l.code)).map((k) => (
                      <option key={k.code} value={k.code}>
                        {k.name} ({k.code})
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
          ) : (
            <div className="field">
              <label htmlFor="region-lan">{t('regionSend.lan')}</label>
              <select
                id="region-lan"
                value={lan}
                aria-invalid={(identityError && !lan) || undefined}
                aria-describedby={identityError ? 'region-identity-error' : undefined}
                onChange={(e) => setLan(e.target.value)}
              >
                <option value="">{t('regionSend.chooseLan')}</option>
                {LAN.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="region-grupp">{t('regionSend.kommungrupp')}</label>
            <p className="field__hint" id="region-grupp-hint">
              {t('regionSend.kommungruppHint')}
            </p>
            <select
              id="region-grupp"
              value={grupp}
              aria-describedby="region-grupp-hint"
              onChange={(e) => setGrupp(e.target.value as Kommungrupp | '')}
            >
              <option value="">
                {kind === 'kommun' ? t('regionSend.kommungruppNone') : t('regionSend.chooseKommungrupp')}
              </option>
              {KOMMUNGRUPPER.map((g) => (
                <option key={g} value={g}>
                  {t(`regionSend.kommungrupp.${g}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />
              <span>{t('regionSend.encrypt')}</span>
            </label>
          </div>
          {encrypt && (
            <div className="field">
              <label htmlFor="region-password">{t('regionSend.password')}</label>
              <p className="field__hint" id="region-password-hint">
                {t('regionSend.passwordHint')}
              </p>
              {tried && passwordError && (
                <p className="field__error" id="region-password-error">
                  {passwordError}
                </p>
              )}
              <input
                id="region-password"
                type="password"
                autoComplete="new-password"
                maxLength={200}
                value={password}
                aria-invalid={(tried && passwordError !== null) || undefined}
                aria-describedby={`region-password-hint${tried && passwordError ? ' region-password-error' : ''}`}
                onChange={(e) => setPassword(e.target.value)}
              />
            </div>
          )}

          <FileContents file={file} assessment={parts.assessment} />
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t('regionSend.save')}
            </button>
          </div>
        </form>
        <div role="status">
          {saved && <Notice tone="ok">{saved}</Notice>}
          {problem && <Notice tone="error">{problem}</Notice>}
        </div>
      </div>
    </Page>
  );
}
