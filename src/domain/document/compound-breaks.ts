const SOFT_HYPHEN = '\u00AD';

/**
 * First elements of the long compounds that name roles in a kommun ("informations-", "säkerhets-",
 * "beredskaps-"): a word may break after them.
 */
const FIRST_ELEMENTS = [
  'informations',
  'säkerhets',
  'beredskaps',
  'dataskydds',
  'kommunikations',
  'förvaltnings',
  'verksamhets',
  'kontinuitets',
  'personal',
  'system',
];

/** Last elements ("-samordnare", "-ansvarig"): a word may break before them. */
const LAST_ELEMENTS = [
  'samordnare',
  'ansvarig',
  'förvaltare',
  'handläggare',
  'administratör',
  'specialist',
  'strateg',
  'arkivarie',
  'ombud',
  'ägare',
  'chef',
];

/** Shorter words fit the narrowest column they are printed in and are left whole. */
const LONG_WORD = 16;
/** No break leaves fewer letters than this on either side. */
const MIN_PART = 4;

/**
 * Soft hyphens at the joints of long Swedish compounds, so that a narrow printed column breaks
 * "Informationssäkerhetssamordnare" as "Informationssäkerhets-" / "samordnare" instead of
 * cutting it anywhere, without a hyphen. Browsers cannot be relied on to hyphenate Swedish
 * (`hyphens: auto` needs a dictionary that Chromium on Linux does not have offline). Shown as
 * nothing where the word fits; words with no known joint are returned as they are.
 */
export function withCompoundBreaks(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => (word.length < LONG_WORD ? word : breakWord(word)));
}

function breakWord(word: string): string {
  const lower = word.toLocaleLowerCase('sv');
  const joints = new Set<number>();
  let at = 0;
  for (let found = true; found;) {
    found = false;
    for (const first of FIRST_ELEMENTS) {
      const end = at + first.length;
      if (lower.startsWith(first, at) && lower.length - end >= MIN_PART) {
        joints.add(end);
        at = end;
        found = true;
        break;
      }
    }
  }
  for (const last of LAST_ELEMENTS) {
    const start = lower.length - last.length;
    if (start >= MIN_PART && lower.endsWith(last)) {
      joints.add(start);
      break;
    }
  }
  if (joints.size === 0) return word;
  let out = '';
  let from = 0;
  for (const joint of [...joints].sort((a, b) => a - b)) {
    out += word.slice(from, joint) + SOFT_HYPHEN;
    from = joint;
  }
  return out + word.slice(from);
}
