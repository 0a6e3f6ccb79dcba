import { useState } from 'react';
import { useT } from '../../i18n';

export function PasswordPrompt({
  wrong,
  onUnlock,
}: {
  wrong: boolean;
  onUnlock: (password: string) => void;
}) {
  const t = useT();
  const [password, setPassword] = useState('');
  return (
    <form
      className="panel"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onUnlock(password);
        setPassword('');
      }}
    >
      <p>{t('open.password')}</p>
      <div className="field">
        <label htmlFor="open-password">{t('open.passwordLabel')}</label>
        {wrong && (
          <p className="field__error" id="open-password-error" role="alert">
            {t('open.error.wrong-password-or-damaged')}
          </p>
        )}
        <input
          id="open-password"
          type="password"
          autoComplete="off"
          autoFocus
          maxLength={200}
          value={password}
          aria-invalid={wrong ? true : undefined}
          aria-describedby={wrong ? 'open-password-error' : undefined}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t('open.unlock')}
      </button>
    </form>
  );
}
