import { renderToStaticMarkup } from 'react-dom/server';
import { StartActions } from '../features/assessments/StartActions';
import { InLanguage, loadCatalogue, useT } from '../i18n';
import type { Language } from '../i18n/language';
import { Footer, Header } from './Chrome';

/**
 * The start page as it looks before anything is read from the database (a first visit), with the
 * app's own header, actions and footer. The build writes it into index.html (scripts/
 * prerender-plugin.ts), so the page shows and its links work before the script has arrived; the
 * app replaces it when it starts. No script, no inline style: the CSP stays as it is.
 */
function StartShell() {
  const t = useT();
  // The language switch needs the script: it keeps its place, unseen and out of reach, until then.
  const waitingSwitch = (
    <button type="button" className="lang-switch shell-waiting" tabIndex={-1} aria-hidden="true">
      {t('app.language')}
    </button>
  );
  return (
    <>
      <Header languageSwitch={waitingSwitch} />
      <main id="main" className="main main--shell" tabIndex={-1}>
        <h1 tabIndex={-1}>{t('start.title')}</h1>
        <p>{t('start.intro')}</p>
        <StartActions primary />
        <h2>{t('start.list')}</h2>
        <p>{t('app.loading')}</p>
      </main>
      <Footer />
    </>
  );
}

// The build imports this module and renders after the import, when it can load nothing more.
await loadCatalogue('en');

/** The shell in one language; the build writes the Swedish one into the page and the English one beside it. */
export function renderStartShell(language: Language): string {
  return renderToStaticMarkup(
    <InLanguage value={language}>
      <StartShell />
    </InLanguage>,
  );
}
