import type { Assessment } from '../assessment/types';
import { FILE_EXTENSION } from './serialize';

/**
 * Characters that Windows, macOS or Linux refuse in a file name, control characters (C0 and C1), and
 * the invisible direction and zero-width marks that can make "rapport\u202Egpj.exe" look like
 * "rapportexe.jpg" in a file manager.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]+/g;
const MAX_NAME = 100;

/** A suggested download name, e.g. "LIS-stegen Ekby kommun 2026-03-01.lisstegen". */
export function shareFileName(assessment: Pick<Assessment, 'organisation' | 'date'>): string {
  const name = `LIS-stegen ${assessment.organisation} ${assessment.date}`
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, MAX_NAME);
  return `${name}${FILE_EXTENSION}`;
}
