import data from './data/annex-a.json';

export type AnnexTheme = 'organisational' | 'people' | 'physical' | 'technological';
export type AnnexControl = { id: string; theme: AnnexTheme; name: { sv: string; en: string } };

/** ISO/IEC 27001:2022 Annex A: 93 controls, 5.1–5.37, 6.1–6.8, 7.1–7.14, 8.1–8.34. */
export const ANNEX_A: readonly AnnexControl[] = data.controls as AnnexControl[];

/** Annex A references in the question bank carry an "A." prefix ("A.5.15"). */
export const annexRef = (id: string) => `A.${id}`;
