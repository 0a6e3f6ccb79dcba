import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';

/**
 * Prints the page as the browser would (print media, A4) and returns the PDF's pages as text,
 * read with poppler's pdftotext in content-stream order (-raw), so text wrapped inside a table cell
 * stays together. The PDF is kept in the test's output folder so that a person can look at it; with
 * RENDER_PDF=1 its pages are also rendered to PNG there (and region-overview.spec.ts keeps its
 * screenshots), which costs time the suite need not spend on every run.
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
  // One pdftotext for the whole file: it ends every page with a form feed.
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const split = text.split('\f').slice(0, pages);
  if (split.length !== pages) throw new Error(`pdftotext gave ${split.length} pages of ${pages}`);
  return split;
}
