import type { Browser, BrowserContext, Page } from '@playwright/test';

/**
 * What a failed test prints about its pages, so that a failure seen once on a CI machine can be
 * explained from the log alone: where each page was, what it showed, which requests never
 * finished or failed, and what the page logged. Kept for a navigation that, very rarely under
 * load, never showed its page (docs/testing.md).
 */
type Watched = { page: Page; events: string[]; open: Map<string, number> };

export function watchBrowser(browser: Browser, start = Date.now()) {
  const watched: Watched[] = [];
  const at = () => `${((Date.now() - start) / 1000).toFixed(1)}s`;

  const watchPage = (page: Page) => {
    const w: Watched = { page, events: [], open: new Map() };
    watched.push(w);
    const short = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');
    page.on('console', (m) => {
      if (m.type() === 'error' || (m.type() === 'warning' && !m.text().includes('blocked by Playwright')))
        w.events.push(`${at()} console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => w.events.push(`${at()} pageerror: ${e.message}`));
    page.on('request', (r) => w.open.set(short(r.url()), Date.now()));
    page.on('requestfinished', (r) => w.open.delete(short(r.url())));
    page.on('requestfailed', (r) => {
      w.open.delete(short(r.url()));
      w.events.push(`${at()} request failed: ${short(r.url())} (${r.failure()?.errorText ?? '?'})`);
    });
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) w.events.push(`${at()} navigated: ${short(f.url())}`);
    });
    page.on('crash', () => w.events.push(`${at()} crashed`));
  };

  const watchContext = (context: BrowserContext) => {
    context.pages().forEach(watchPage);
    context.on('page', watchPage);
  };

  // Contexts a test makes itself (a colleague's fresh browser) are watched too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    watchContext(context);
    return context;
  };

  return {
    watchContext,
    restore: () => {
      browser.newContext = newContext;
    },
    /** Each page's state and history, as lines to print. */
    report: async (): Promise<string[]> => {
      const lines: string[] = [];
      for (const [i, w] of watched.entries()) {
        lines.push(`--- page ${i + 1} at ${at()}`);
        if (w.page.isClosed()) lines.push('closed');
        else {
          const state = await w.page
            .evaluate(() => {
              const main = document.querySelector('main');
              return {
                url: location.href,
                busy: main?.getAttribute('aria-busy'),
                headings: Array.from(document.querySelectorAll('h1')).map((h) => h.textContent),
                text: (main?.innerText ?? document.body.innerText).slice(0, 400).replace(/\s+/g, ' '),
              };
            })
            .catch((e: Error) => ({ error: e.message }));
          lines.push(JSON.stringify(state));
        }
        // A request open for under a second is one the page is still making, not one that hangs.
        for (const [url, since] of w.open)
          if (Date.now() - since > 1000) lines.push(`unfinished request: ${url} (${Date.now() - since} ms)`);
        lines.push(...w.events.slice(-40));
      }
      return lines;
    },
  };
}
