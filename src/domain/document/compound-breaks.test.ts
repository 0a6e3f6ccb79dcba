import { describe, expect, it } from 'vitest';
import { withCompoundBreaks } from './compound-breaks';

const shown = (text: string) => text.replaceAll('\u00AD', '|');

describe('withCompoundBreaks', () => {
  it('lets the bank’s longest role break at its joints, never inside a part', () => {
    expect(shown(withCompoundBreaks('Informationssäkerhetssamordnare'))).toBe(
      'Informations|säkerhets|samordnare',
    );
    expect(shown(withCompoundBreaks('Beredskapssamordnare'))).toBe('Beredskaps|samordnare');
    expect(shown(withCompoundBreaks('Kommunikationschef'))).toBe('Kommunikations|chef');
  });

  it('looks at each word of a name, and keeps what is around them', () => {
    expect(shown(withCompoundBreaks('Informationssäkerhetssamordnare (Anna Lind)'))).toBe(
      'Informations|säkerhets|samordnare (Anna Lind)',
    );
    expect(shown(withCompoundBreaks('IT-chef, Dataskyddsombudsansvarig'))).toBe(
      'IT-chef, Dataskydds|ombuds|ansvarig',
    );
  });

  it('leaves short words, words with no known joint and words in capitals alone or broken the same way', () => {
    expect(withCompoundBreaks('Systemägare')).toBe('Systemägare');
    expect(withCompoundBreaks('Kommunjurist')).toBe('Kommunjurist');
    expect(withCompoundBreaks('Utvecklingsledarfunktion')).toBe('Utvecklingsledarfunktion');
    expect(shown(withCompoundBreaks('INFORMATIONSSÄKERHETSSAMORDNARE'))).toBe(
      'INFORMATIONS|SÄKERHETS|SAMORDNARE',
    );
  });

  it('leaves no part shorter than four letters', () => {
    expect(shown(withCompoundBreaks('Informationschef'))).toBe('Informations|chef');
    expect(shown(withCompoundBreaks('Säkerhetsinformationsråd'))).toBe('Säkerhets|informationsråd');
  });

  it('never changes the text a reader sees', () => {
    for (const text of ['Informationssäkerhetssamordnare', 'Förvaltningschef för socialtjänsten', 'Ö'])
      expect(withCompoundBreaks(text).replaceAll('\u00AD', '')).toBe(text);
  });
});
