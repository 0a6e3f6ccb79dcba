import { isIsoDate } from './dates';

/**
 * Calendar quarters ("Kv 1 2027" = January–March 2027), as a kommun's budget and
 * verksamhetsplan count them. A quarter is one integer, `year × 4 + (quarter − 1)`, so that
 * quarters sort and step by plain arithmetic.
 */
export type QuarterIndex = number;

const pad = (n: number) => String(n).padStart(2, '0');

export function quarterIndexOf(date: string): QuarterIndex {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return year * 4 + Math.floor((month - 1) / 3);
}

/** `{ quarter: 1–4, year }`, for labels such as "Kv 1 2027". */
export function quarterName(index: QuarterIndex): { quarter: number; year: number } {
  return { quarter: (index % 4) + 1, year: Math.floor(index / 4) };
}

/** The quarter's three months as `[year, month1]` pairs. */
export function quarterMonths(index: QuarterIndex): [number, number][] {
  const { quarter, year } = quarterName(index);
  const first = (quarter - 1) * 3 + 1;
  return [0, 1, 2].map((i) => [year, first + i]);
}

export function monthStart(year: number, month1: number): string {
  return `${year}-${pad(month1)}-01`;
}

export function monthEnd(year: number, month1: number): string {
  const last = new Date(Date.UTC(year, month1, 0)).getUTCDate();
  return `${year}-${pad(month1)}-${pad(last)}`;
}

export function quarterStart(index: QuarterIndex): string {
  const [[year, month]] = quarterMonths(index) as [[number, number]];
  return monthStart(year, month);
}

export function quarterEnd(index: QuarterIndex): string {
  const [, , [year, month]] = quarterMonths(index) as [unknown, unknown, [number, number]];
  return monthEnd(year, month);
}

/** A stable key for grouping by quarter: "2027-1"; items without a due date have "none". */
export type QuarterKey = `${number}-${number}` | 'none';

// A plan's items share a few dozen due dates, and every grouping, count and load asks for each
// item's quarter: checking and splitting the same date again was a tenth of a 2,000-item table's
// first render. Bounded, so that no run of odd dates makes it grow without end.
const quarterKeys = new Map<string, QuarterKey>();

export function quarterKeyOf(due: string | null): QuarterKey {
  if (due === null) return 'none';
  let key = quarterKeys.get(due);
  if (key === undefined) {
    if (isIsoDate(due)) {
      const { quarter, year } = quarterName(quarterIndexOf(due));
      key = `${year}-${quarter}`;
    } else key = 'none';
    if (quarterKeys.size >= 2000) quarterKeys.clear();
    quarterKeys.set(due, key);
  }
  return key;
}

export function parseQuarterKey(key: QuarterKey): { quarter: number; year: number } | null {
  if (key === 'none') return null;
  const [year, quarter] = key.split('-').map(Number) as [number, number];
  return { quarter, year };
}
