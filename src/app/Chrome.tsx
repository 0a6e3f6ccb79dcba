import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { href } from './router';

/**
 * The page's header and footer. The app and the start page's prerendered shell (shell.tsx) draw
 * the same ones, so the page does not move when the app takes over.
 */
export function Header({ languageSwitch }: { languageSwitch: ReactNode }) {
  const t = useT();
  return (
    <header className="header">
      <div className="header__inner">
        <a href="#/">{t('app.name')}</a>
        <nav className="header__nav" aria-label={t('app.name')}>
          <a href="#/sa-raknar-vi">{t('app.nav.method')}</a>
          {languageSwitch}
        </nav>
      </div>
    </header>
  );
}

export function Footer() {
  const t = useT();
  return (
    <footer className="footer">
      <div className="footer__inner">
        <p>{t('app.footer')}</p>
        <p>
          <a href={href({ name: 'about' })}>{t('app.nav.about')}</a>
        </p>
      </div>
    </footer>
  );
}
