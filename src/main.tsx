import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/styles.css';
import { App } from './app/App';
import { boot } from './app/boot';
import { prefetchWhenIdle } from './app/prefetch';

void boot().then(() => {
  createRoot(document.getElementById('root')!, {
    // React rendered again and recovered; keep the cause for whoever looks at the console.
    onRecoverableError: (error) =>
      console.warn('Recovered:', error instanceof Error ? (error.cause ?? error) : error),
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void prefetchWhenIdle();
});
