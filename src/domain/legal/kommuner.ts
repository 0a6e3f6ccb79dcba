import data from './data/kommuner.json' with { type: 'json' };

/** The six länsstyrelser that supervise kommuner and regioner (cybersäkerhetsförordningen, SFS 2025:1507). */
export const SUPERVISORS = [
  'norrbotten',
  'skane',
  'stockholm',
  'vastra-gotaland',
  'orebro',
  'ostergotland',
] as const;
export type SupervisorId = (typeof SUPERVISORS)[number];

export const SUPERVISOR_NAMES: Record<SupervisorId, string> = {
  norrbotten: 'Länsstyrelsen i Norrbottens län',
  skane: 'Länsstyrelsen i Skåne län',
  stockholm: 'Länsstyrelsen i Stockholms län',
  'vastra-gotaland': 'Länsstyrelsen i Västra Götalands län',
  orebro: 'Länsstyrelsen i Örebro län',
  ostergotland: 'Länsstyrelsen i Östergötlands län',
};

export type Lan = { code: string; name: string; supervisor: SupervisorId };

/** The 21 län by SCB code, each with the länsstyrelse that supervises its kommuner under the law. */
export const LAN: readonly Lan[] = [
  { code: '01', name: 'Stockholms län', supervisor: 'stockholm' },
  { code: '03', name: 'Uppsala län', supervisor: 'orebro' },
  { code: '04', name: 'Södermanlands län', supervisor: 'orebro' },
  { code: '05', name: 'Östergötlands län', supervisor: 'ostergotland' },
  { code: '06', name: 'Jönköpings län', supervisor: 'ostergotland' },
  { code: '07', name: 'Kronobergs län', supervisor: 'skane' },
  { code: '08', name: 'Kalmar län', supervisor: 'ostergotland' },
  { code: '09', name: 'Gotlands län', supervisor: 'stockholm' },
  { code: '10', name: 'Blekinge län', supervisor: 'skane' },
  { code: '12', name: 'Skåne län', supervisor: 'skane' },
  { code: '13', name: 'Hallands län', supervisor: 'vastra-gotaland' },
  { code: '14', name: 'Västra Götalands län', supervisor: 'vastra-gotaland' },
  { code: '17', name: 'Värmlands län', supervisor: 'orebro' },
  { code: '18', name: 'Örebro län', supervisor: 'orebro' },
  { code: '19', name: 'Västmanlands län', supervisor: 'orebro' },
  { code: '20', name: 'Dalarnas län', supervisor: 'orebro' },
  { code: '21', name: 'Gävleborgs län', supervisor: 'orebro' },
  { code: '22', name: 'Västernorrlands län', supervisor: 'norrbotten' },
  { code: '23', name: 'Jämtlands län', supervisor: 'norrbotten' },
  { code: '24', name: 'Västerbottens län', supervisor: 'norrbotten' },
  { code: '25', name: 'Norrbottens län', supervisor: 'norrbotten' },
];

export type Kommun = { code: string; name: string };

/** All 290 kommuner, in SCB's code order. Source: `KOMMUN_SOURCE` (src/domain/legal/data/kommuner.json). */
export const KOMMUNER: readonly Kommun[] = data.kommuner;
export const KOMMUN_SOURCE: { sv: string; en: string } = data.source;

const lanByCode = new Map(LAN.map((l) => [l.code, l]));
const kommunByCode = new Map(KOMMUNER.map((k) => [k.code, k]));

export function kommunByCodeOf(code: string | null): Kommun | null {
  return code === null ? null : (kommunByCode.get(code) ?? null);
}

/** The kommun's län and supervising länsstyrelse from its code; null for a code that is not a kommun's. */
export function placeOf(
  code: string | null,
): { kommun: Kommun; lan: Lan; supervisor: SupervisorId; supervisorName: string } | null {
  const kommun = kommunByCodeOf(code);
  const lan = kommun ? lanByCode.get(kommun.code.slice(0, 2)) : undefined;
  if (!kommun || !lan) return null;
  return { kommun, lan, supervisor: lan.supervisor, supervisorName: SUPERVISOR_NAMES[lan.supervisor] };
}
