import type { Browser } from '@playwright/test';
import { newContext } from './browser';
import { indexedDbRoundTrips, referenceWork } from './in-page';

/**
 * The references that time budgets are ratios to (docs/performance.md), each measured in a blank
 * page of the same browser and server, right before the figures compared with it, so that both see
 * the same machine and the same load.
 */

/**
 * A blank page kept open beside the measured one: `run()` times the reference work once, so a
 * section can take a sample right before each timed step. The first run (compiling) is not kept.
 */
export async function referencePage(browser: Browser, blankUrl: string) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(blankUrl);
  await page.evaluate(referenceWork);
  return { run: () => page.evaluate(referenceWork), close: () => context.close() };
}

/** `count` bare IndexedDB write-to-readable round trips (indexedDbRoundTrips) in a blank page. */
export async function indexedDbSamples(browser: Browser, blankUrl: string, count: number) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(blankUrl);
    return await page.evaluate(indexedDbRoundTrips, count);
  } finally {
    await context.close();
  }
}
