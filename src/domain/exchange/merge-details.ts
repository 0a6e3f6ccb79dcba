import type { Assessment } from '../assessment/types';
import { SHARE_LIMITS } from './limits';
import { unionParticipants } from './merge-text';
import { DETAIL_FIELDS, type MergePart } from './merge-types';

/** Organisation, scope, participants and date: an empty field takes theirs; two different values conflict. */
export function diffDetails(mine: Assessment, theirs: Assessment): MergePart {
  const part: MergePart = { automatic: [], conflicts: [] };
  for (const field of DETAIL_FIELDS) {
    const m = mine[field];
    const t = theirs[field];
    if (m === t || t === '') continue;
    if (m === '') {
      part.automatic.push({ kind: 'detail', field, mine: m, result: t });
      continue;
    }
    let both: string | null = null;
    if (field === 'participants') {
      both = unionParticipants(m, t);
      // Theirs names no one mine lacks: nothing of theirs would be added, so nothing to decide.
      if (both === m) continue;
      if (both.length > SHARE_LIMITS.participants) both = null;
    }
    part.conflicts.push({
      id: `detail:${field}`,
      kind: 'detail',
      field,
      mine: m,
      theirs: t,
      both,
      options: both === null ? ['mine', 'theirs'] : ['mine', 'theirs', 'both'],
    });
  }
  return part;
}
