import { describe, expect, it } from 'vitest';
import { fullBundle } from './fixtures/full-bundle';
import { defaultTheirLabel, joinNotes, later, unionParticipants } from './merge-text';

describe('merge text helpers', () => {
  it('joins notes with mine first and theirs under a line naming their copy', () => {
    expect(joinNotes('Min text', 'Deras text', 'Ekby kommun, exporterad 2026-03-05')).toBe(
      'Min text\n\n— Från Ekby kommun, exporterad 2026-03-05:\nDeras text',
    );
  });

  it('labels their copy by organisation and export date', () => {
    expect(defaultTheirLabel(fullBundle())).toBe('Ekby kommun, exporterad 2026-03-05');
    const noName = fullBundle();
    noName.assessment.organisation = '';
    expect(defaultTheirLabel(noName)).toBe('exporterad 2026-03-05');
  });

  it('adds the participants mine lacks and keeps mine verbatim', () => {
    expect(unionParticipants('Anna, Bo', 'bo ; Cia\nDan, Anna')).toBe('Anna, Bo, Cia, Dan');
    expect(unionParticipants('Anna och Bo', 'Anna och Bo')).toBe('Anna och Bo');
    expect(unionParticipants('Anna;Bo', 'Bo')).toBe('Anna;Bo');
    expect(unionParticipants(' ', 'Cia, Cia')).toBe('Cia');
  });

  it('compares timestamps as instants', () => {
    expect(later('2026-03-01T10:00:00.000Z', '2026-03-01T11:00:00+02:00')).toBe('2026-03-01T10:00:00.000Z');
    expect(later('2026-03-01T10:00:00.000Z', '2026-03-02T00:00:00.000Z')).toBe('2026-03-02T00:00:00.000Z');
  });
});
