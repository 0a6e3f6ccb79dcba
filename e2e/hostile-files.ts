/**
 * Hostile share files of just under the 20 MB size limit, for the e2e test and the bench
 * (bench/lib/hostile.ts). Each is built to cost the reader as much as it can. The first ones break a
 * count the shape scan checks and are refused before parsing; the last ones stay just within every
 * count (entries per list, values in all, depth), so JSON.parse builds nearly a million values before
 * the validation refuses them, and are padded to the size limit with text the scan must still read.
 * Mirrors MAX_JSON_ENTRIES and MAX_JSON_VALUES in src/domain/exchange/limits.ts.
 */
const LIMIT_BYTES = 20_000_000;
const PER_LIST = 9_999;
const VALUES = 990_000;

const head = '{"format":"lis-stegen","formatVersion":2,"exportedAt":"2026-12-01T12:00:00.000Z",';

/** As many copies of `item` in one list as fit in the size limit between `before` and `after`. */
function fill(before: string, item: string, after: string): string {
  const count = Math.floor((LIMIT_BYTES - before.length - after.length) / (item.length + 1));
  return before + `${item},`.repeat(count - 1) + item + after;
}

/** `total` items in lists of PER_LIST, in one outer list. */
function lists(item: string, total: number): string {
  const full = `[${`${item},`.repeat(PER_LIST - 1)}${item}]`;
  const count = Math.floor(total / (PER_LIST + 1));
  return `[${`${full},`.repeat(count - 1)}${full}]`;
}

/** `body` padded to the size limit with one long text value. */
function padded(body: string): string {
  const before = `${head}"answers":${body},"comment":"`;
  return before + 'x'.repeat(LIMIT_BYTES - before.length - 2) + '"}';
}

export type HostileFile = { name: string; text: string };

export function hostileFiles(): HostileFile[] {
  const keys: string[] = [];
  for (let i = 0, size = head.length + 40; size < LIMIT_BYTES - 40; i++) {
    keys.push(`"k${i}":{}`);
    size += keys.at(-1)!.length + 1;
  }
  return [
    { name: 'seven million empty objects in one list', text: fill(`${head}"answers":[`, '{}', ']}') },
    {
      name: 'a million and a half keys in targets',
      text: `${head}"assessment":{"targets":{${keys.join(',')}}}}`,
    },
    { name: 'lists nested twenty million deep', text: '['.repeat(LIMIT_BYTES) },
    {
      name: 'six million empty objects in lists of 9,999',
      text: fill(`${head}"answers":[`, lists('{}', 10_000), ']}'),
    },
    { name: 'a million numbers within every count', text: padded(lists('0', VALUES)) },
    { name: 'a million texts within every count', text: padded(lists('""', VALUES)) },
    { name: 'a million empty objects within every count', text: padded(lists('{}', VALUES)) },
  ];
}
