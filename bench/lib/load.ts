import type { Browser, Page } from '@playwright/test';
import { newContext } from './browser';
import {
  serviceWorkerState,
  startLinkReady,
  START_LINK_TEXT,
  watchStartLink,
  type WorkerState,
} from './in-page';

const READY_TIMEOUT = 20_000;

/** One navigation to `url`, timed by the in-page probe from navigation start to a clickable "Ny skattning". */
async function timedVisit(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(startLinkReady, READY_TIMEOUT);
}

export type ColdResult = { app: number[]; blank: number[]; startPageRequests: string[] };

/**
 * Cold loads: each run in a fresh browser context (empty HTTP cache, no service worker, empty
 * IndexedDB), the app and the blank page alternately so that both see the same machine state.
 */
export async function coldLoads(browser: Browser, appUrl: string, blankUrl: string, runs: number) {
  const result: ColdResult = { app: [], blank: [], startPageRequests: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? (['app', 'blank'] as const) : (['blank', 'app'] as const);
    for (const kind of order) {
      const context = await newContext(browser, { serviceWorkers: 'allow' });
      try {
        const page = await context.newPage();
        await page.addInitScript(watchStartLink, START_LINK_TEXT);
        const requests: string[] = [];
        if (kind === 'app' && i === 0) page.on('request', (r) => requests.push(r.url()));
        const { at } = await timedVisit(page, kind === 'app' ? appUrl : blankUrl);
        result[kind].push(at);
        if (kind === 'app' && i === 0) {
          // What the start page fetches on its own once it shows (lazy chunks it pulls in at once).
          await page.waitForLoadState('load');
          await page.waitForTimeout(1000);
          result.startPageRequests = [...requests];
        }
      } finally {
        await context.close();
      }
    }
  }
  return result;
}

export type WarmResult = {
  app: number[];
  blank: number[];
  worker: WorkerState;
  allControlled: boolean;
  installabilityErrors: string[] | null;
};

/**
 * Warm loads through the service worker: a first visit installs it (the app registers it; if it has
 * not within 15 s, the bench registers dist/sw.js itself and says so), a second visit waits inside
 * one page.evaluate until the worker is 'activated' and controls the page; then every timed visit is
 * a new navigation in that context, and each must be controlled. The blank page cannot go through
 * the app's worker (its navigation fallback would answer with index.html), so its warm figure is a
 * repeat visit in a context of its own, with the HTTP cache filled.
 */
export async function warmLoads(browser: Browser, appUrl: string, blankUrl: string, runs: number) {
  const result: WarmResult = {
    app: [],
    blank: [],
    worker: {
      registered: false,
      registeredByBench: false,
      activated: false,
      controlled: false,
      precached: 0,
    },
    allControlled: true,
    installabilityErrors: null,
  };
  const context = await newContext(browser, { serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchStartLink, START_LINK_TEXT);
    await timedVisit(page, appUrl);
    const first = await page.evaluate(serviceWorkerState, {
      timeoutMs: 15_000,
      register: './sw.js',
      needControl: false,
    });
    await timedVisit(page, appUrl);
    result.worker = {
      ...(await page.evaluate(serviceWorkerState, { timeoutMs: 15_000, register: null, needControl: true })),
      registeredByBench: first.registeredByBench,
    };
    if (!result.worker.controlled) throw new Error('the service worker never controlled the page');
    const cdp = await context.newCDPSession(page);
    try {
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string; errorArguments: { name: string; value: string }[] }[];
      };
      result.installabilityErrors = installabilityErrors.map(
        (e) => `${e.errorId}${e.errorArguments.map((a) => ` ${a.name}=${a.value}`).join('')}`,
      );
    } catch {
      result.installabilityErrors = null;
    } finally {
      await cdp.detach().catch(() => undefined);
    }
    for (let i = 0; i < runs; i++) {
      const { at, controlled } = await timedVisit(page, appUrl);
      result.app.push(at);
      if (!controlled) result.allControlled = false;
    }
  } finally {
    await context.close();
  }
  const blankContext = await newContext(browser, { serviceWorkers: 'block' });
  try {
    const page = await blankContext.newPage();
    await page.addInitScript(watchStartLink, START_LINK_TEXT);
    await timedVisit(page, blankUrl);
    for (let i = 0; i < runs; i++) result.blank.push((await timedVisit(page, blankUrl)).at);
  } finally {
    await blankContext.close();
  }
  return result;
}
