import { Suspense } from 'react';
import { chooseLanguage, useT } from '../i18n';
import { useLanguage } from '../i18n/language';
import { setSetting } from '../storage/settings';
import { useMessages } from '../ui/message-store';
import { Notice } from '../ui/Notice';
import { ErrorBoundary } from './ErrorBoundary';
import { useRoute, type Route } from './router';
import { Footer, Header } from './Chrome';
import { preloadRoutePage, Routes } from './Routes';
import { preloadRouteReads } from './route-reads';
import { UpdatePrompt } from './UpdatePrompt';
import { WhatsNew } from './WhatsNew';
import { rememberShellLanguage } from './shell-language';

function LanguageSwitch() {
  const t = useT();
  const language = useLanguage((s) => s.language);
  const other = language === 'sv' ? 'en' : 'sv';
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      aria-label={`${t('app.language')} – ${t('app.languageLabel')}`}
      onClick={() => {
        // A failed load (an old cache without the chunk) leaves the page as it was, in Swedish.
        void chooseLanguage(other).then(
          () => {
            rememberShellLanguage(other);
            return setSetting('language', other);
          },
          () => undefined,
        );
      }}
    >
      {t('app.language')}
    </button>
  );
}

function Messages() {
  const { messages, dismiss } = useMessages();
  const t = useT();
  if (messages.length === 0) return null;
  return (
    <div role="alert">
      {messages.map((m) => (
        <Notice key={m.id} tone={m.tone === 'error' ? 'error' : m.tone}>
          <p>{m.text}</p>
          <button type="button" className="button button--link" onClick={() => dismiss(m.id)}>
            {t('app.closeMessage')}
          </button>
        </Notice>
      ))}
    </div>
  );
}

/** The page's code first, then its reads: both run while the page the user is on stays. */
function prepareRoute(route: Route): Promise<void> {
  const code = preloadRoutePage(route);
  preloadRouteReads(route);
  return code;
}

export function App() {
  const t = useT();
  const { route, pending } = useRoute(prepareRoute);
  // Workshop mode on a projector: nothing on screen but the question.
  const present = route.name === 'present';
  const fallback = (
    <>
      <h1>{t('app.error.title')}</h1>
      <p>{t('app.error.body')}</p>
    </>
  );
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      {!present && <Header languageSwitch={<LanguageSwitch />} />}
      <main id="main" className={present ? 'main main--present' : 'main'} tabIndex={-1} aria-busy={pending}>
        <UpdatePrompt />
        {/* On the projector nothing but the question; the notes wait for the next ordinary page. */}
        {!present && <WhatsNew />}
        <Messages />
        <ErrorBoundary resetKey={JSON.stringify(route)} fallback={fallback}>
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <Routes route={route} />
          </Suspense>
        </ErrorBoundary>
      </main>
      {!present && <Footer />}
    </>
  );
}
