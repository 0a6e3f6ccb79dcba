import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';

/**
 * Prints the page as the browser would (print media, A4) and returns the PDF's pages as text,
 * read with poppler's pdftotext in content-stream order (-raw), so text wrapped inside a table cell
 * stays together. The PDF and PNG renders of its pages are kept in the test's
 * output folder so that a person can look at them.
 */
export async function printToPdf(
  page: Page,
  testInfo: TestInfo,
  name: string,
  ready?: Locator,
): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  // Parts drawn only for paper appear once the page sees print media.
  if (ready) await ready.waitFor({ state: 'attached' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  if (process.env.RENDER_PDF) execFileSync('pdftoppm', ['-png', '-r', '60', file, testInfo.outputPath(name)]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), file, '-'], {
      encoding: 'utf8',
    }),
  );
}
