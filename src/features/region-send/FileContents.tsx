import { useLocalize, useT } from '../../i18n';
import { Notice } from '../../ui/Notice';
import { LAN } from '../../domain/legal/kommuner';
import { PLAN_STATUSES } from '../../domain/plan/types';
import { resultFileText, type ResultFile } from '../../domain/region';
import type { Assessment } from '../../domain/assessment/types';
import { useQuestionnaire } from '../../content/use-questionnaire';

/**
 * What the result file holds, shown before it is saved: a readable summary, the area targets and
 * the file's exact text (point 1 of issue 16: the user sees exactly what leaves the kommun).
 */
export function FileContents({ file, assessment }: { file: ResultFile | null; assessment: Assessment }) {
  const t = useT();
  const loc = useLocalize();
  const bank = useQuestionnaire();
  const answers = file ? Object.values(file.answers) : [];
  const total = bank.areas.reduce((n, a) => n + a.questions.length, 0);
  return (
    <>
      <h2>{t('regionSend.contentTitle')}</h2>
      <dl className="region-send__content">
        <div>
          <dt>{t('regionSend.sender')}</dt>
          <dd>
            {!file
              ? '–'
              : file.identity.kind === 'kommun'
                ? `${file.identity.name} (${file.identity.kommunCode})${file.identity.kommungrupp ? `, ${t(`regionSend.kommungrupp.${file.identity.kommungrupp}`)}` : ''}`
                : `${LAN.find((l) => l.code === (file.identity as { lan: string }).lan)?.name ?? ''}, ${t(`regionSend.kommungrupp.${file.identity.kommungrupp}`)}`}
          </dd>
        </div>
        <div>
          <dt>{t('regionSend.bank')}</dt>
          <dd>
            {assessment.questionnaireId} {assessment.questionnaireVersion}
          </dd>
        </div>
        <div>
          <dt>{t('regionSend.date')}</dt>
          <dd>{assessment.date}</dd>
        </div>
        <div>
          <dt>{t('regionSend.answers')}</dt>
          <dd>
            {t('regionSend.answersValue', {
              levels: answers.filter((a) => typeof a === 'number').length,
              unknown: answers.filter((a) => a === 'vet-ej').length,
              na: answers.filter((a) => a === 'ej-tillampligt').length,
              missing: Math.max(0, total - answers.length),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('regionSend.plan')}</dt>
          <dd>
            {file
              ? PLAN_STATUSES.map((s) => `${t(`plan.status.${s}`)} ${file.plan.byStatus[s]}`).join(', ')
              : '–'}
          </dd>
        </div>
        <div>
          <dt>{t('regionSend.openActions')}</dt>
          <dd>{file ? t('regionSend.openActionsValue', { count: file.plan.openActions.length }) : '–'}</dd>
        </div>
      </dl>
      {file && (
        <div>
          <table>
            <caption>{t('regionSend.targets')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regionSend.area')}</th>
                <th scope="col">{t('regionSend.target')}</th>
              </tr>
            </thead>
            <tbody>
              {bank.areas.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{loc(a.title)}</th>
                  <td>{file.targets[a.id]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Notice tone="info">{t('regionSend.notIncluded')}</Notice>
      {file && (
        <details>
          <summary>{t('regionSend.raw')}</summary>
          <pre className="region-send__raw">{resultFileText(file)}</pre>
        </details>
      )}
    </>
  );
}
