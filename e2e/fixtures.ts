import { test as base, expect, type Locator, type Page } from '@playwright/test';
import axeCore from 'axe-core';
import { watchBrowser } from './diagnostics';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core in the page itself. @axe-core/playwright's builder checks frame by frame and then
 * opens a second page to put the results together, which cost about 2 s more a check on these
 * machines; the app has no frames. Only violations are asked for in full.
 */
async function axeViolations(target: Page | Locator): Promise<string[]> {
  const page = 'page' in target ? target.page() : target;
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeCore.source);
  // A page is checked from its root element, which stands for the whole document (page-level rules too).
  const root = 'page' in target ? target : target.locator(':root');
  return root.evaluate(async (element, tags) => {
    const axe = (window as unknown as { axe: typeof axeCore }).axe;
    const context = element === document.documentElement ? document : element;
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }, WCAG_21_AA);
}

/**
 * Fails the test on any page error, prints what its pages showed and waited for when it fails
 * (`watchBrowser`), and offers an axe-core check (WCAG 2.1 A and AA) of a page, or of
 * one part of it given as a locator: for a part that changed on a long page whose whole was checked
 * before, since a check takes seconds per thousand elements on these machines.
 */
export const test = base.extend<{ axe: (target?: Page | Locator) => Promise<void> }>({
  page: async ({ page, browser }, use, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const watch = watchBrowser(browser);
    watch.watchContext(page.context());
    await use(page);
    watch.restore();
    if (testInfo.status !== testInfo.expectedStatus)
      console.log([`diagnostics for "${testInfo.title}":`, ...(await watch.report())].join('\n'));
    expect(errors, 'errors thrown in the page').toEqual([]);
  },
  axe: async ({ page }, use) => {
    await use(async (target = page) => {
      const where = 'page' in target ? `${target.toString()} on ${target.page().url()}` : target.url();
      expect(await axeViolations(target), `axe violations in ${where}`).toEqual([]);
    });
  },
});

export { expect };

/** Creates an assessment through the UI and waits for its overview. */
export async function createAssessment(page: Page, organisation: string) {
  await page.goto('./');
  await page.getByRole('link', { name: 'Ny skattning' }).click();
  await page.getByLabel('Kommunens namn').fill(organisation);
  await page.getByRole('button', { name: 'Skapa skattningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: organisation })).toBeVisible();
}

/**
 * Reads one record straight from the app's IndexedDB, or writes it back changed. A test that
 * reloads or closes the browser right after a click waits on this, so that it checks what was
 * saved rather than racing the write; a test of an upgrade plants an old record with it.
 */
export async function storedRecord(page: Page, store: string, key: string, change?: Record<string, unknown>) {
  return page.evaluate(
    ({ store, key, change }) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('lis-stegen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, change ? 'readwrite' : 'readonly');
          const get = tx.objectStore(store).get(key);
          get.onsuccess = () => {
            const record = get.result as Record<string, unknown> | undefined;
            if (record && change) tx.objectStore(store).put({ ...record, ...change });
            tx.oncomplete = () => {
              db.close();
              resolve(record && change ? { ...record, ...change } : record);
            };
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, key, change },
  );
}

/** One setting's value, read straight from IndexedDB (see `storedRecord`). */
export async function storedSetting(page: Page, key: string): Promise<unknown> {
  return (await storedRecord(page, 'settings', key))?.value;
}

/**
 * Waits until every write the app has started is committed: IndexedDB runs read-write
 * transactions over the same stores in the order they were created, so one created now
 * completes only after them. Used before a reload that must not race a save.
 */
export async function databaseSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lis-stegen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Array.from(db.objectStoreNames), 'readwrite');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** From an assessment's overview: answers its first question at `level` and goes back to the overview. */
export async function answerFirstQuestion(page: Page, level: number) {
  await page.getByRole('link', { name: /Börja skattningen/ }).click();
  await page
    .getByRole('group', { name: /^Fråga 1 av/ })
    .getByRole('radio', { name: new RegExp(`^Nivå ${level}:`) })
    .check();
  await page.getByRole('link', { name: 'Till översikten' }).first().click();
}
