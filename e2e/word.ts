import { execFileSync } from 'node:child_process';
import type { Download } from '@playwright/test';

/** The parts of a saved .docx, unzipped with the machine's unzip, for checks on the document XML. */
export async function wordParts(download: Download) {
  const file = await download.path();
  const part = (name: string) =>
    execFileSync('unzip', ['-p', file, name], { encoding: 'utf8', maxBuffer: 20 * 1024 * 1024 });
  const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
  const all = (pattern: RegExp) =>
    names
      .filter((n) => pattern.test(n))
      .map(part)
      .join('');
  const document = part('word/document.xml');
  /** The text of every paragraph styled Heading1 (Word's own heading style). */
  const headings = (level: number) =>
    [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading(\d)"\/>(.*?)<\/w:p>/gs)]
      .filter((m) => m[1] === String(level))
      .map((m) => [...m[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  return {
    document,
    header: all(/^word\/header\d*\.xml$/),
    footer: all(/^word\/footer\d*\.xml$/),
    headings,
    /** Table rows as the text of their cells. */
    rows: [...document.matchAll(/<w:tr[ >].*?<\/w:tr>/gs)].map((r) =>
      [...r[0].matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((c) =>
        [...c[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      ),
    ),
  };
}
