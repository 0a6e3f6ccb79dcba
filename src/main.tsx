import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/styles.css';
import { App } from './app/App';
import { boot } from './app/boot';
import { prefetchWhenIdle } from './app/prefetch';

void boot().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  prefetchWhenIdle();
});
