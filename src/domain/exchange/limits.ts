import { LIMITS } from '../assessment/types';

/**
 * Every string and list in a share file has a maximum, so that a broken or hostile file cannot make the
 * app allocate without bound. The text limits are the same the forms enforce, so anything the app can
 * hold it can also export and read back.
 */
export const SHARE_LIMITS = {
  ...LIMITS,
  id: 100,
  version: 40,
  referenceId: 40,
  title: 200,
  description: 2000,
  deliverable: 400,
  followUp: 1000,
  decidedIn: 200,
  ownerRole: 80,
  ownerName: 120,
  answers: 5000,
  actions: 5000,
  references: 20,
  targets: 100,
  basedOnLevels: 5000,
  /** A plan item's `order` is a position (fractions and negatives come from merges and old files). */
  order: 1_000_000_000,
  /** A billion kronor and a hundred thousand person-days: far above any kommun's plan item. */
  costKronor: 1_000_000_000,
  costDays: 100_000,
  dependsOn: 50,
  /** A status changed every day for ten years. */
  history: 4000,
} as const;

/**
 * Files above this are refused before a single byte is decoded. Decimal megabytes, the unit the
 * message states and the one file managers show: "20 MB" means 20,000,000 bytes.
 */
export const MAX_FILE_BYTES = 20_000_000;

/** Real files nest about 5 levels; anything deeper is hostile and could overflow a recursive parser. */
export const MAX_JSON_DEPTH = 64;

/**
 * No array or object in a file may hold more entries than this: twice the largest list a valid file
 * has (5,000 answers, actions or earlier levels), so the schema's own limit still gives its precise
 * message, while a hostile file with millions of entries is refused before it is parsed.
 */
export const MAX_JSON_ENTRIES = 10_000;

/** An import error lists at most this many validation issues; more would only drown the user. */
export const MAX_ISSUES = 20;

/**
 * No file may hold more values than this in all (every string, number, list and object but the
 * outermost). The largest real file the bench builds (1,000 questions answered with notes, about
 * 2,000 plan items) holds about 100,000; lists within MAX_JSON_ENTRIES each could otherwise still
 * make JSON.parse build seven million objects from 20 MB and take seconds.
 */
export const MAX_JSON_VALUES = 1_000_000;
