import type { GroupKey } from './aggregate';
import type { Spread } from './spread';

/**
 * The region's picture sent back to a kommun (`.lisregionbild`): the aggregate only, so that a kommun
 * can place itself against the region without any other kommun being identifiable. See
 * docs/result-file.md, "The region's picture back to a kommun".
 */
export const PICTURE_FORMAT = 'lis-stegen-regionbild';
/** Bump together with a migration and a frozen fixture, as for the share file. */
export const PICTURE_FORMAT_VERSION = 1;
export const PICTURE_FILE_EXTENSION = '.lisregionbild';
export const PICTURE_MIME_TYPE = 'application/vnd.lis-stegen-regionbild+json';

/** One area across the kommuner: null where fewer than five kommuner gave a level in it. */
export type PictureArea = {
  /** Each kommun's mean level in the area: min, quartiles, median, max (two decimals), and how many. */
  spread: Spread | null;
  /** The targets the kommuner set for the area; null under five, as `spread`. */
  targets: Spread | null;
  /** Kommuner whose mean level reaches their own target; null when `spread` is. */
  atTarget: number | null;
};

/** One question across the kommuner: counts only, never whose; null where fewer than five answered with a level. */
export type PictureQuestion = { answered: number; below2: number; below3: number };

export type RegionPictureFile = {
  format: typeof PICTURE_FORMAT;
  formatVersion: typeof PICTURE_FORMAT_VERSION;
  exportedAt: string;
  generator: { name: 'LIS-stegen'; version: string };
  /** The bank the picture was computed against (the overview maps every file to it first). */
  questionnaire: { id: string; version: string };
  /** The coordinator's filter when the picture was made: a län and/or a kommungrupp, or the whole set. */
  scope: { lan: string | null; kommungrupp: GroupKey | null };
  /** How many kommuner the picture pools: at least five. */
  kommuner: number;
  /** Area id → the area across the kommuner, for every area of the bank. */
  areas: Record<string, PictureArea>;
  /** Question id → the question across the kommuner, for every question of the bank. */
  questions: Record<string, PictureQuestion | null>;
};
