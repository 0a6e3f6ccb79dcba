import { sameJson } from './canonical-json';
import type { MergePart } from './merge-types';
import {
  CONTACT_ROLES,
  type Contact,
  type ContactRole,
  type DutyRecord,
  type LawCategory,
  type LegalRecord,
  type SoaEntry,
  type TrainingEntry,
} from '../legal/types';

export const PLACE_FIELDS = ['category', 'kommunCode', 'registeredDate', 'reportChannel'] as const;
export type PlaceField = (typeof PLACE_FIELDS)[number];

/** One mergeable piece of the legal record: a field of the kommun's place, a contact, or one entry. */
export type LegalItem =
  | { part: 'place'; field: PlaceField; value: string | null }
  | { part: 'contact'; role: ContactRole; value: Contact }
  | { part: 'duty'; id: string; value: DutyRecord }
  | { part: 'training'; id: string; value: TrainingEntry }
  | { part: 'soa'; id: string; value: SoaEntry };

export function legalItemKey(item: LegalItem): string {
  switch (item.part) {
    case 'place':
      return `place:${item.field}`;
    case 'contact':
      return `contact:${item.role}`;
    default:
      return `${item.part}:${item.id}`;
  }
}

const blank = (value: string | null) => value === null || value === '';
const blankContact = (c: Contact) => c.name === '' && c.phone === '' && c.email === '';
/** When a record was last touched is not part of what it says. */
const sameContent = <T extends { updatedAt: string }>(a: T, b: T) =>
  sameJson({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });

/**
 * The legal record, merged like the rest: a field or contact that is empty in mine takes theirs; an
 * entry (a duty's status, a training, a control's decision) only theirs has is added; anything both
 * hold differently is a conflict for the user. Nothing of mine is ever removed.
 */
export function diffLegal(mine: LegalRecord, theirs: LegalRecord): MergePart {
  const part: MergePart = { automatic: [], conflicts: [] };
  const compare = (m: LegalItem | null, t: LegalItem, same: boolean, mineEmpty: boolean) => {
    if (same) return;
    if (m === null || mineEmpty) part.automatic.push({ kind: 'legal', mine: m, result: t });
    else
      part.conflicts.push({
        id: `legal:${legalItemKey(t)}`,
        kind: 'legal',
        mine: m,
        theirs: t,
        options: ['mine', 'theirs'],
      });
  };
  for (const field of PLACE_FIELDS) {
    const m = mine.place[field];
    const t = theirs.place[field];
    if (blank(t)) continue;
    compare({ part: 'place', field, value: m }, { part: 'place', field, value: t }, m === t, blank(m));
  }
  for (const role of CONTACT_ROLES) {
    const m = mine.place.contacts[role];
    const t = theirs.place.contacts[role];
    if (blankContact(t)) continue;
    compare(
      { part: 'contact', role, value: m },
      { part: 'contact', role, value: t },
      sameJson(m, t),
      blankContact(m),
    );
  }
  const entries = (
    p: 'duty' | 'soa',
    m: Readonly<Record<string, DutyRecord | SoaEntry>>,
    t: Readonly<Record<string, DutyRecord | SoaEntry>>,
  ) => {
    for (const [id, value] of Object.entries(t)) {
      const mv = Object.hasOwn(m, id) ? m[id]! : null;
      const item = { part: p, id, value } as LegalItem;
      const mineItem = mv === null ? null : ({ part: p, id, value: mv } as LegalItem);
      compare(mineItem, item, mv !== null && sameContent(mv, value), false);
    }
  };
  entries('duty', mine.duties, theirs.duties);
  const myTrainings = new Map(mine.trainings.map((e) => [e.id, e]));
  for (const value of theirs.trainings) {
    const mv = myTrainings.get(value.id) ?? null;
    compare(
      mv === null ? null : { part: 'training', id: value.id, value: mv },
      { part: 'training', id: value.id, value },
      mv !== null && sameContent(mv, value),
      false,
    );
  }
  entries('soa', mine.soa, theirs.soa);
  return part;
}

/** Writes one item into a legal record (a copy the caller owns). */
export function setLegalItem(legal: LegalRecord, item: LegalItem): void {
  const value = structuredClone(item.value);
  switch (item.part) {
    case 'place':
      if (item.field === 'category') legal.place.category = value as LawCategory | null;
      else if (item.field === 'reportChannel') legal.place.reportChannel = (value as string | null) ?? '';
      else legal.place[item.field] = value as string | null;
      return;
    case 'contact':
      legal.place.contacts = { ...legal.place.contacts, [item.role]: value };
      return;
    case 'duty':
      legal.duties = { ...legal.duties, [item.id]: value as DutyRecord };
      return;
    case 'soa':
      legal.soa = { ...legal.soa, [item.id]: value as SoaEntry };
      return;
    case 'training': {
      const at = legal.trainings.findIndex((e) => e.id === item.id);
      if (at === -1) legal.trainings.push(value as TrainingEntry);
      else legal.trainings[at] = value as TrainingEntry;
    }
  }
}
