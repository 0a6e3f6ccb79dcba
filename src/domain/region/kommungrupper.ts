/**
 * SKR's kommungruppsindelning: nine groups in three main groups (A: storstäder och storstadsnära
 * kommuner, B: större städer och kommuner nära större stad, C: mindre städer/tätorter och
 * landsbygdskommuner). Only the codes travel in a result file; the names are in the i18n catalogues.
 * The app holds no kommun → group table, so a kommun states its own group.
 */
export const KOMMUNGRUPPER = ['A1', 'A2', 'B3', 'B4', 'B5', 'C6', 'C7', 'C8', 'C9'] as const;
export type Kommungrupp = (typeof KOMMUNGRUPPER)[number];
