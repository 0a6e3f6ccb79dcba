import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, planToIcs } from './export-ics';
import { planItem } from './fixtures/items';
import { sampleQuestionnaire } from '../../test/sample';

const NOW = '2026-03-02T09:05:07.123Z';
const octets = (s: string) => new TextEncoder().encode(s).length;
/** Undoes folding (RFC 5545 §3.1) and splits into content lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');
const events = (ics: string) => unfold(ics).filter((l) => l.startsWith('UID:'));
const unescape = (v: string) =>
  v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('planToIcs', () => {
  it('writes a calendar with one all-day event per due item', () => {
    const ics = planToIcs(
      [
        planItem({ id: 'a1:x', due: '2026-06-01', title: 'Besluta policy' }),
        planItem({ id: 'a1:nodate', due: null }),
        planItem({ id: 'a1:gone', dismissedReason: 'Inte aktuellt' }),
        planItem({ id: 'a1:done', status: 'klar', due: '2026-12-31', order: 1 }),
      ],
      'Ekby kommun',
      NOW,
    );
    const lines = unfold(ics);
    expect(lines.slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//LIS-stegen//Handlingsplan//SV',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Handlingsplan Ekby kommun',
    ]);
    expect(events(ics)).toEqual(['UID:a1:x@lis-stegen', 'UID:a1:done@lis-stegen']);
    const first = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
    expect(first).toEqual([
      'BEGIN:VEVENT',
      'UID:a1:x@lis-stegen',
      'DTSTAMP:20260302T090507Z',
      'DTSTART;VALUE=DATE:20260601',
      'DTEND;VALUE=DATE:20260602',
      'SUMMARY:Besluta policy',
      expect.stringMatching(/^DESCRIPTION:/),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(planToIcs([planItem({ due: '2026-12-31' })], 'X', NOW)).toContain('DTEND;VALUE=DATE:20270101');
  });

  it('describes the deliverable and who is responsible', () => {
    const item = planItem({
      deliverable: 'Beslutad policy, diarieförd',
      ownerRole: 'informationssakerhetssamordnare',
      ownerName: 'Åsa Öberg',
      description: 'Ta fram; förankra.',
    });
    const description = unfold(
      planToIcs([item], 'Ekby kommun', NOW, { questionnaire: sampleQuestionnaire() }),
    )
      .find((l) => l.startsWith('DESCRIPTION:'))!
      .slice('DESCRIPTION:'.length);
    expect(unescape(description)).toBe(
      'Leverans: Beslutad policy, diarieförd\n\nAnsvarig: Informationssäkerhetssamordnare, Åsa Öberg\n\n' +
        'Prioritet: 1\n\nStatus: ej påbörjad\n\nTa fram; förankra.',
    );
    // Without the questionnaire the role id is shown as is.
    expect(unfold(planToIcs([item], 'E', NOW)).join('\n')).toContain(
      'Ansvarig: informationssakerhetssamordnare\\, Åsa',
    );
  });

  it('escapes text and keeps every line within 75 octets, never splitting åäö', () => {
    const title = 'Åtgärd; med, komma \\ backslash\nny rad och ÅÄÖ åäö '.repeat(6);
    const ics = planToIcs([planItem({ title })], 'Ekby kommun', NOW);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    const summary = unfold(ics)
      .find((l) => l.startsWith('SUMMARY:'))!
      .slice('SUMMARY:'.length);
    expect(summary).toContain('Åtgärd\\; med\\, komma \\\\ backslash\\nny rad');
    expect(unescape(summary)).toBe(title);
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash first, then ; , and every kind of line break', () => {
    expect(escapeText('a\\;b,c\r\nd\re\nf')).toBe('a\\\\\\;b\\,c\\nd\\ne\\nf');
    expect(escapeText('tab\there\u0007')).toBe('tab here ');
  });

  it('folds at 75 octets with a leading space and leaves short lines alone', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    const folded = foldLine('ö'.repeat(100));
    expect(folded.split('\r\n').map(octets)).toEqual([74, 75, 53]);
    expect(folded.replace(/\r\n /g, '')).toBe('ö'.repeat(100));
  });
});
