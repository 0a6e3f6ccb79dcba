import { useState } from 'react';
import './region-send.css';
import { useLocalize, useT, type Translate } from '../../i18n';
import { useFormatLevel } from '../../i18n/use-format';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { useAssessmentData } from '../../data/use-assessment-data';
import { checkFileSize } from '../../domain/exchange/open-file';
import { LAN } from '../../domain/legal/kommuner';
import {
  MAX_RESULT_FILE_BYTES,
  PICTURE_FILE_EXTENSION,
  positionInPicture,
  readRegionPicture,
  type PictureImportError,
  type RegionPictureFile,
} from '../../domain/region';
import type { Answer, Assessment } from '../../domain/assessment/types';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { PictureChart } from './PictureChart';
import { PictureTables } from './PictureTables';

/** Decimal megabytes, rounded up so a size never looks within the limit. */
const mb = (bytes: number) => (Math.ceil(bytes / 100_000) / 10).toLocaleString('sv-SE');

function errorText(t: Translate, error: PictureImportError): string {
  switch (error.kind) {
    case 'too-large':
      return t('open.error.too-large', { mb: mb(error.bytes), limit: mb(error.limit) });
    case 'too-new':
      return t('open.error.too-new', {
        fileVersion: error.fileVersion,
        supportedVersion: error.supportedVersion,
      });
    case 'timed-out':
      return t('open.error.timed-out', { seconds: error.seconds });
    case 'result-file':
    case 'share-file':
    case 'invalid':
    case 'not-lis-file':
      return t(`regionSend.picture.error.${error.kind}`);
    default:
      return t(`open.error.${error.kind}`);
  }
}

export default function RegionPicturePage({ id }: { id: string }) {
  const t = useT();
  const data = useAssessmentData(id);
  if (data.status === 'loading') return <p>{t('app.loading')}</p>;
  if (data.status === 'missing') return <Notice tone="error">{t('app.missingAssessment')}</Notice>;
  return (
    <PictureView questionnaire={data.questionnaire} assessment={data.assessment} answers={data.answers} />
  );
}

type Pending = { bytes: Uint8Array; wrong: boolean };

function PictureView({
  questionnaire,
  assessment,
  answers,
}: {
  questionnaire: Questionnaire;
  assessment: Assessment;
  answers: ReadonlyMap<string, Answer>;
}) {
  const t = useT();
  const loc = useLocalize();
  const fmt = useFormatLevel();
  const [picture, setPicture] = useState<RegionPictureFile | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  // A file that does not open leaves the picture on screen as it was: nothing is replaced or kept.
  const open = async (bytes: Uint8Array, pass?: string) => {
    setBusy(true);
    try {
      const read = await readRegionPicture(bytes, pass === undefined ? {} : { password: pass });
      if (read.ok) {
        const position = positionInPicture(read.file, [...answers.values()], questionnaire);
        if (!position.ok) {
          setPending(null);
          return setProblem(
            t('regionSend.picture.error.other-questionnaire', { id: position.questionnaireId }),
          );
        }
        setPicture(read.file);
        setPending(null);
        setProblem(null);
        return;
      }
      if (read.error.kind === 'needs-password') {
        setProblem(null);
        return setPending({ bytes, wrong: false });
      }
      if (read.error.kind === 'wrong-password-or-damaged' && pass !== undefined)
        return setPending({ bytes, wrong: true });
      setPending(null);
      setProblem(errorText(t, read.error));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File) => {
    const tooLarge = checkFileSize(file.size, MAX_RESULT_FILE_BYTES);
    if (tooLarge) {
      setPending(null);
      return setProblem(errorText(t, tooLarge));
    }
    await open(new Uint8Array(await file.arrayBuffer()));
  };

  const position = picture ? positionInPicture(picture, [...answers.values()], questionnaire) : null;
  const lan = picture?.scope.lan ? LAN.find((l) => l.code === picture.scope.lan)?.name : null;
  const scope = picture
    ? [
        lan ?? t('regionSend.picture.scopeAll'),
        picture.scope.kommungrupp
          ? picture.scope.kommungrupp === 'okand'
            ? t('regionSend.picture.scopeNoGroup')
            : t(`regionSend.kommungrupp.${picture.scope.kommungrupp}`)
          : null,
      ]
        .filter(Boolean)
        .join(', ')
    : '';

  return (
    <Page title={`${t('regionSend.picture.title')} – ${assessment.organisation}`}>
      <div className="region-send">
        <p>
          <a href={`#/skattning/${assessment.id}`}>{t('walk.toOverview')}</a>
        </p>
        <p>{t('regionSend.picture.intro')}</p>
        <p className="muted">{t('regionSend.picture.notStored')}</p>
        <div className="field">
          <label htmlFor="region-picture-file">{t('regionSend.picture.open')}</label>
          <input
            id="region-picture-file"
            type="file"
            accept={`${PICTURE_FILE_EXTENSION},application/json,.json`}
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void choose(file);
            }}
          />
        </div>
        {pending && (
          <form
            className="panel"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const pass = password;
              setPassword('');
              void open(pending.bytes, pass);
            }}
          >
            <p>{t('open.password')}</p>
            <div className="field">
              <label htmlFor="region-picture-password">{t('open.passwordLabel')}</label>
              {pending.wrong && (
                <p className="field__error" id="region-picture-password-error" role="alert">
                  {t('open.error.wrong-password-or-damaged')}
                </p>
              )}
              <input
                id="region-picture-password"
                type="password"
                autoComplete="off"
                maxLength={200}
                value={password}
                aria-invalid={pending.wrong || undefined}
                aria-describedby={pending.wrong ? 'region-picture-password-error' : undefined}
                onChange={(e) => setPassword(e.target.value)}
              />
            </div>
            <button type="submit" className="button" disabled={busy}>
              {t('open.unlock')}
            </button>
          </form>
        )}
        <div role="alert">{problem && <Notice tone="error">{problem}</Notice>}</div>

        {picture && position?.ok && (
          <section aria-labelledby="region-picture-result">
            <h2 id="region-picture-result">{t('regionSend.picture.resultTitle')}</h2>
            <p>
              {t('regionSend.picture.meta', {
                kommuner: picture.kommuner,
                scope,
                date: picture.exportedAt.slice(0, 10),
                version: picture.questionnaire.version,
              })}
            </p>
            {position.otherVersion && (
              <Notice tone="info">
                {t('regionSend.picture.otherVersion', {
                  fileVersion: position.otherVersion,
                  appVersion: questionnaire.version,
                })}
              </Notice>
            )}
            <PictureChart
              rows={position.areas.map((a) => ({
                label: loc(questionnaire.areas.find((x) => x.id === a.areaId)!.title),
                own: a.own,
                spread: a.spread,
              }))}
              format={fmt}
            />
            <PictureTables position={position} questionnaire={questionnaire} />
          </section>
        )}
      </div>
    </Page>
  );
}
