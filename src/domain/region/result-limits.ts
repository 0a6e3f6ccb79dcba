/**
 * A result file holds numbers and ids only, so it is small: the real bank gives about 6 kB. These
 * limits bound what a hostile file can make the app allocate, and leave room for a bank fifty times
 * larger than today's.
 */
export const RESULT_LIMITS = {
  id: 100,
  version: 40,
  answers: 5000,
  areas: 100,
  openActions: 5000,
  /** Plan items per status: the share file allows 5,000 items in all. */
  planCount: 5000,
} as const;

/** A valid file is far below this; it is checked before a byte is decoded. */
export const MAX_RESULT_FILE_BYTES = 2_000_000;

/** A region rarely has more than 49 kommuner and Sweden has 290: room for one file per kommun and year, twice. */
export const MAX_RESULT_FILES = 1000;

/** Groups with fewer kommuner than this are shown as "för få för att visas". */
export const MIN_GROUP_SIZE = 5;
