import { describe, expect, it } from 'vitest';
import { KOMMUNER, KOMMUN_SOURCE, LAN, SUPERVISORS, placeOf } from './kommuner';

describe('kommuner, län and supervisors', () => {
  it('ships all 290 kommuner with unique four-digit codes', () => {
    expect(KOMMUNER).toHaveLength(290);
    expect(new Set(KOMMUNER.map((k) => k.code)).size).toBe(290);
    for (const k of KOMMUNER) expect(k.code).toMatch(/^\d{4}$/);
    expect(KOMMUN_SOURCE.sv).toContain('SCB');
  });

  it('the first two digits of the codes give exactly the 21 län', () => {
    expect(new Set(KOMMUNER.map((k) => k.code.slice(0, 2)))).toEqual(new Set(LAN.map((l) => l.code)));
    expect(LAN).toHaveLength(21);
  });

  it('every kommun has a län and one of the six supervising länsstyrelser', () => {
    for (const k of KOMMUNER) {
      const place = placeOf(k.code);
      expect(place, k.name).not.toBeNull();
      expect(SUPERVISORS).toContain(place!.supervisor);
    }
    expect(new Set(LAN.map((l) => l.supervisor))).toEqual(new Set(SUPERVISORS));
  });

  it('follows the table in the förordning', () => {
    const groups = Object.fromEntries(
      SUPERVISORS.map((s) => [
        s,
        LAN.filter((l) => l.supervisor === s).map((l) => l.name.replace(/s? län$/, '')),
      ]),
    );
    expect(groups).toEqual({
      norrbotten: ['Västernorrland', 'Jämtland', 'Västerbotten', 'Norrbotten'],
      skane: ['Kronoberg', 'Blekinge', 'Skåne'],
      stockholm: ['Stockholm', 'Gotland'],
      'vastra-gotaland': ['Halland', 'Västra Götaland'],
      orebro: ['Uppsala', 'Södermanland', 'Värmland', 'Örebro', 'Västmanland', 'Dalarna', 'Gävleborg'],
      ostergotland: ['Östergötland', 'Jönköping', 'Kalmar'],
    });
  });

  it('looks up a kommun by code', () => {
    expect(placeOf('0980')).toMatchObject({
      kommun: { name: 'Gotland' },
      lan: { name: 'Gotlands län' },
      supervisorName: 'Länsstyrelsen i Stockholms län',
    });
    expect(placeOf('2584')?.supervisor).toBe('norrbotten');
    expect(placeOf('1280')?.supervisor).toBe('skane');
    expect(placeOf('0100')).toBeNull();
    expect(placeOf(null)).toBeNull();
  });
});
