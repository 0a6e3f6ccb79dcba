import { useState } from 'react';
import { useT } from '../../i18n';
import { Page } from '../../ui/Page';
import { Notice } from '../../ui/Notice';
import { useQuestionnaire } from '../../content/use-questionnaire';
import { withNewIds } from '../../domain/exchange';
import { newId } from '../../domain/ids';
import { addImported } from '../../storage/exchange';
import { useOpenFile, type Opened } from './use-open-file';
import { countAllAnswers } from '../../domain/assessment/answer-counts';
import { answersByQuestion } from '../../domain/assessment/progress';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { importErrorText, placesText } from './messages';
import { BankChangeNote } from './BankChangeNote';
import { FileDrop } from './FileDrop';
import { PasswordPrompt } from './PasswordPrompt';
import { MergeView } from './MergeView';

function Found({ opened, questionnaire }: { opened: Opened; questionnaire: Questionnaire }) {
  const t = useT();
  const { bundle } = opened;
  const counts = countAllAnswers(questionnaire, answersByQuestion(bundle.answers));
  return (
    <div className="panel">
      <p>
        {t('open.found', {
          organisation: bundle.assessment.organisation,
          date: bundle.assessment.date,
          answered: counts.answered,
          total: counts.total,
          unknown: counts.unknown,
          na: counts.notApplicable,
          actions: bundle.actions.length,
          exportedAt: bundle.exportedAt.slice(0, 10),
        })}
      </p>
      {opened.encrypted && <p>{t('open.encrypted')}</p>}
      {opened.bankChanges && <BankChangeNote changes={opened.bankChanges} />}
      {opened.dropped.length > 0 && <p>{t('open.dropped', { ids: opened.dropped.join(', ') })}</p>}
      {opened.unknown.length > 0 && (
        <p>
          {t('open.unknownQuestions', {
            count: opened.unknown.length,
            ids: opened.unknown.slice(0, 10).join(', ') + (opened.unknown.length > 10 ? ' …' : ''),
          })}
        </p>
      )}
      {opened.detached > 0 && <p>{t('open.detached', { count: opened.detached })}</p>}
    </div>
  );
}

export default function OpenPage() {
  const t = useT();
  const questionnaire = useQuestionnaire();
  const { state, open, unlock, reset } = useOpenFile(questionnaire);
  const [merging, setMerging] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const add = async (opened: Opened, asCopy: boolean) => {
    const parts = asCopy || opened.actionIdsTaken ? withNewIds(opened.bundle, newId) : opened.bundle;
    try {
      await addImported(parts);
      window.location.hash = `#/skattning/${parts.assessment.id}`;
    } catch (error) {
      setFailure(`${t('merge.failed', { reason: String(error) })}`);
    }
  };

  if (state.step === 'ready' && merging)
    return (
      <MergeView
        theirs={state.opened.bundle}
        questionnaire={questionnaire}
        onCancel={() => setMerging(false)}
      />
    );

  return (
    <Page title={t('open.title')}>
      <p>{t('open.intro')}</p>
      {state.step !== 'ready' && <FileDrop onFile={(f) => void open(f)} />}
      <div role="status" aria-live="polite">
        {state.step === 'reading' && <p>{t('open.reading')}</p>}
        {state.step === 'failed' && (
          <Notice tone="error">
            <p>
              <strong>{state.name}:</strong> {importErrorText(t, state.error)}
            </p>
            <p>{t('open.nothingChanged')}</p>
            {state.error.kind === 'invalid' && (
              <details>
                <summary>{t('open.error.places')}</summary>
                <ul>
                  {placesText(t, state.error.issues).map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              </details>
            )}
          </Notice>
        )}
        {failure && <Notice tone="error">{failure}</Notice>}
      </div>
      {state.step === 'password' && <PasswordPrompt wrong={state.wrong} onUnlock={(p) => void unlock(p)} />}
      {state.step === 'ready' && (
        <>
          <Found opened={state.opened} questionnaire={questionnaire} />
          {state.opened.exists ? (
            <>
              <p>
                {t('open.exists', {
                  organisation: state.opened.bundle.assessment.organisation,
                  date: state.opened.bundle.assessment.date,
                })}
              </p>
              <div className="actions">
                <button type="button" className="button" onClick={() => setMerging(true)}>
                  {t('open.merge')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void add(state.opened, true)}
                >
                  {t('open.copy')}
                </button>
              </div>
            </>
          ) : (
            <div className="actions">
              <button type="button" className="button" onClick={() => void add(state.opened, false)}>
                {t('open.importNew')}
              </button>
            </div>
          )}
          <button type="button" className="button button--link" onClick={reset}>
            {t('open.another')}
          </button>
        </>
      )}
    </Page>
  );
}
