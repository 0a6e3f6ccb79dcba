/**
 * Plain values of the questionnaire format. Pages import these from here, not from schema.ts,
 * so that showing a page never has to build the zod schemas (which only validation needs).
 */
export const EFFORTS = ['liten', 'medel', 'stor'] as const;

export const LEVELS = [0, 1, 2, 3, 4, 5] as const;
