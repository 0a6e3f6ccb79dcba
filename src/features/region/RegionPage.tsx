import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuestionnaire } from '../../content/use-questionnaire';
import { useT } from '../../i18n';
import { persist, tellSaveFailed } from '../../data/save-failure';
import {
  clearPooled,
  removePooled,
  restorePooled,
  usePooledResults,
  type PooledResult,
} from '../../storage/region-db';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Page } from '../../ui/Page';
import { Toast } from '../../ui/Toast';
import { ImportPanel, ReadingStatus } from './ImportPanel';
import { IntakePreview } from './IntakePreview';
import { PooledList } from './PooledList';
import { RegionPicture } from './RegionPicture';
import { acceptedOf, useRegionImport } from './use-region-import';
import { identityLabel } from './labels';
import './region.css';

const UNDO_MS = 10_000;

/**
 * The regional overview: a coordinator pools many kommuners' result files (stored apart from the
 * user's own assessments, in src/storage/region-db.ts) and sees where they stand together.
 */
export default function RegionPage() {
  const t = useT();
  const bank = useQuestionnaire();
  const stored = usePooledResults();
  const pooled = useMemo(() => stored ?? [], [stored]);
  const results = useMemo(
    () => pooled.map((p) => ({ pooled: p, accepted: acceptedOf(p, bank) })),
    [pooled, bank],
  );
  const files = useMemo(() => results.map((r) => r.accepted.file), [results]);
  const importer = useRegionImport(bank, pooled);
  const { state } = importer;
  const busy = state.step === 'reading' || state.step === 'password';

  const [asking, setAsking] = useState(false);
  const [undo, setUndo] = useState<{ text: string; results: PooledResult[] } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const offerUndo = (text: string, removed: PooledResult[]) => {
    setUndo({ text, results: removed });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setUndo(null), UNDO_MS);
  };

  const remove = async (p: PooledResult) => {
    try {
      const removed = await removePooled(p.key);
      if (removed) offerUndo(t('region.removed', { name: identityLabel(t, removed.file) }), [removed]);
    } catch (error) {
      tellSaveFailed(error);
    }
  };
  const clear = async () => {
    setAsking(false);
    try {
      const removed = await clearPooled();
      offerUndo(t('region.cleared', { count: removed.length }), removed);
    } catch (error) {
      tellSaveFailed(error);
    }
  };
  const doUndo = async () => {
    if (!undo) return;
    const back = undo.results;
    setUndo(null);
    await persist(restorePooled(back));
  };

  return (
    <Page title={t('region.title')}>
      <p>{t('region.intro')}</p>
      <p className="muted no-print">{t('region.storedApart')}</p>
      <section aria-labelledby="region-import-title" className="no-print">
        <h2 id="region-import-title">{t('region.import.title')}</h2>
        <ImportPanel busy={busy} onFiles={(files) => void importer.run(files)} />
        {busy && <ReadingStatus state={state} onAnswer={importer.givePassword} onCancel={importer.cancel} />}
      </section>
      {state.step === 'preview' && (
        <IntakePreview
          intake={state.intake}
          pooled={state.pooled}
          onConfirm={() => void persist(importer.confirm())}
          onCancel={importer.cancel}
        />
      )}
      {stored !== undefined && results.length === 0 && state.step === 'idle' && <p>{t('region.empty')}</p>}
      {results.length > 0 && <RegionPicture files={files} bank={bank} />}
      {results.length > 0 && (
        <PooledList results={results} onRemove={(p) => void remove(p)} onClear={() => setAsking(true)} />
      )}
      <ConfirmDialog
        open={asking}
        title={t('region.clearTitle')}
        confirmLabel={t('region.clearConfirm')}
        cancelLabel={t('region.clearCancel')}
        danger
        onConfirm={() => void clear()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('region.clearBody', { count: results.length })}</p>
      </ConfirmDialog>
      {undo && (
        <Toast>
          <span>{undo.text}</span>{' '}
          <button type="button" className="button button--link" onClick={() => void doUndo()}>
            {t('region.undo')}
          </button>
        </Toast>
      )}
    </Page>
  );
}
