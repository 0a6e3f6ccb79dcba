import type { Questionnaire } from '../questionnaire/schema';
import { addDays } from './dates';
import { STATUS_SV } from './labels';
import { sortByOrder } from './order';
import type { PlanItem } from './types';

/**
 * The plan's deadlines as an iCalendar file (RFC 5545) to import into Outlook or another
 * calendar: one all-day event per item on its "klart senast" day.
 */
export const ICS_MIME = 'text/calendar;charset=utf-8';
const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return (
    value
      .replaceAll('\\', '\\\\')
      .replaceAll(';', '\\;')
      .replaceAll(',', '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in TEXT; a tab is, but reads badly in a calendar.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
  );
}

const encoder = new TextEncoder();

/**
 * Splits a content line into lines of at most 75 octets, continuation lines starting with a
 * space (§3.1). It never splits inside a UTF-8 character, so åäö survive.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const compactDate = (date: string) => date.replaceAll('-', '');
/** `2026-03-01T08:00:00.000Z` → `20260301T080000Z`. */
const utcStamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export type IcsOptions = {
  /** To show role names instead of role ids. */
  questionnaire?: Pick<Questionnaire, 'roles'>;
};

export function planToIcs(
  items: readonly PlanItem[],
  organisation: string,
  now: string,
  options: IcsOptions = {},
): string {
  const roles = new Map(options.questionnaire?.roles.map((r) => [r.id, r.name.sv]) ?? []);
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//LIS-stegen//Handlingsplan//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Handlingsplan ${organisation}`.trim())}`,
  ];
  for (const item of sortByOrder(items)) {
    if (item.due === null || item.dismissedReason !== null) continue;
    const role = roles.get(item.ownerRole) ?? item.ownerRole;
    const responsible = [role, item.ownerName].filter((s) => s.trim() !== '').join(', ');
    const description = [
      item.deliverable && `Leverans: ${item.deliverable}`,
      responsible && `Ansvarig: ${responsible}`,
      `Prioritet: ${item.priority}`,
      `Status: ${STATUS_SV[item.status]}`,
      item.description,
    ].filter((s) => s !== '');
    lines.push(
      'BEGIN:VEVENT',
      // Item ids are stable, so importing the file again updates the events instead of doubling them.
      `UID:${escapeText(item.id)}@lis-stegen`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(item.due)}`,
      // DTEND is exclusive: the next day makes a one-day event.
      `DTEND;VALUE=DATE:${compactDate(addDays(item.due, 1))}`,
      `SUMMARY:${escapeText(item.title)}`,
      `DESCRIPTION:${escapeText(description.join('\n\n'))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
