import { useState } from 'react';
import { RESULT_FILE_EXTENSION } from '../../domain/region';
import { useT } from '../../i18n';
import type { ImportState, PasswordAnswer } from './use-region-import';

/** Several files at once: the native input (the keyboard way) inside a zone that also takes dropped files. */
export function ImportPanel({ busy, onFiles }: { busy: boolean; onFiles: (files: File[]) => void }) {
  const t = useT();
  const [over, setOver] = useState(false);
  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      role="group"
      aria-label={t('region.import.zone')}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!busy) onFiles([...e.dataTransfer.files]);
      }}
    >
      <label htmlFor="region-files" className="field__label">
        {t('region.import.choose')}
      </label>
      <input
        id="region-files"
        type="file"
        multiple
        disabled={busy}
        accept={`${RESULT_FILE_EXTENSION},application/json,.json`}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          onFiles(files);
        }}
      />
      <p className="muted">{t('region.import.drop')}</p>
    </div>
  );
}

type Progress = Extract<ImportState, { step: 'reading' | 'password' }>;

export function ReadingStatus({
  state,
  onAnswer,
  onCancel,
}: {
  state: Progress;
  onAnswer: (a: PasswordAnswer) => void;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <div className="panel">
      <p role="status">
        {t('region.import.reading', { n: state.done + 1, total: state.total, name: state.fileName })}
      </p>
      {state.step === 'password' && (
        <PasswordAsk key={`${state.done}-${state.wrong}`} state={state} onAnswer={onAnswer} />
      )}
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('region.import.cancel')}
      </button>
    </div>
  );
}

function PasswordAsk({
  state,
  onAnswer,
}: {
  state: Extract<ImportState, { step: 'password' }>;
  onAnswer: (a: PasswordAnswer) => void;
}) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(true);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (password === '') return;
        onAnswer({ password, remember });
        setPassword('');
      }}
    >
      <p>{t('region.password.ask', { name: state.fileName })}</p>
      <div className="field">
        <label htmlFor="region-password">{t('region.password.label')}</label>
        {state.wrong && (
          <p className="field__error" id="region-password-error" role="alert">
            {t('region.password.wrong')}
          </p>
        )}
        <input
          id="region-password"
          type="password"
          autoComplete="off"
          autoFocus
          maxLength={200}
          value={password}
          aria-invalid={state.wrong ? true : undefined}
          aria-describedby={state.wrong ? 'region-password-error' : undefined}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          <span>{t('region.password.remember')}</span>
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t('region.password.unlock')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onAnswer(null)}>
          {t('region.password.skip')}
        </button>
      </div>
    </form>
  );
}
