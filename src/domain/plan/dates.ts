/**
 * Calendar dates as `YYYY-MM-DD` strings. The plan works in whole days, so dates never carry a
 * time or a time zone; arithmetic runs in UTC so that daylight saving cannot shift a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const daysInMonth = (year: number, month1: number) => new Date(Date.UTC(year, month1, 0)).getUTCDate();

const format = (d: Date) => d.toISOString().slice(0, 10);

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The same day `months` later. A day that does not exist in the target month becomes the last
 * day of that month (31 January + 1 month = 28 or 29 February), as people count deadlines.
 */
export function addMonths(date: string, months: number): string {
  // A plan asks for the same few dates (period start + 3, 6, 9, 12 months) for every item on every
  // render; remembering them keeps grouping hundreds of items cheap.
  const key = `${date}|${months}`;
  const known = monthCache.get(key);
  if (known !== undefined) return known;
  if (monthCache.size >= 2000) monthCache.clear();
  const result = computeAddMonths(date, months);
  monthCache.set(key, result);
  return result;
}

const monthCache = new Map<string, string>();

function computeAddMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = daysInMonth(first.getUTCFullYear(), first.getUTCMonth() + 1);
  first.setUTCDate(Math.min(day, last));
  return format(first);
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return format(new Date(Date.UTC(year, month - 1, day + days)));
}
