import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../exchange/semver';
import { realQuestionnaire } from '../../test/sample';
import { followId as followMappings } from './bank-changes';

/**
 * Every released version of the kommun bank has a snapshot of its question ids in
 * questionnaires/kommun/released/<version>.json. An answer given against any of them must still land
 * somewhere: its id exists today, or the idMappings from that version on carry it to an id that
 * exists (or to null, a removal that the user is told about).
 */
const folder = join(import.meta.dirname, '../../../questionnaires/kommun/released');
type Snapshot = { questionnaire: string; version: string; questions: string[] };
const snapshots: Snapshot[] = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as Snapshot);

describe('released question ids', () => {
  const q = realQuestionnaire();
  const today = new Set(q.areas.flatMap((a) => a.questions.map((x) => x.id)));

  it('has a snapshot of every released version up to the current one, each named for its version', () => {
    expect(snapshots.map((s) => s.version)).toEqual(expect.arrayContaining(['1.0.0', '1.0.1', q.version]));
    for (const s of snapshots) expect(s.questionnaire).toBe('kommun');
  });

  it('keeps or maps every id of every released version', () => {
    const lost = snapshots.flatMap((s) =>
      s.questions.flatMap((id) => {
        const now = followMappings(q, s.version, id);
        return now === null || today.has(now) ? [] : [`${s.version} ${id} → ${now}`];
      }),
    );
    expect(lost).toEqual([]);
  });

  it('maps an answer to sky-02 (an inventory and settings in one) to the inventory question sky-09', () => {
    expect(followMappings(q, '1.0.0', 'sky-02')).toBe('sky-09');
    expect(followMappings(q, '1.0.1', 'sky-02')).toBe('sky-09');
    expect(followMappings(q, '1.0.1', 'sky-01')).toBe('sky-01');
  });

  it('maps sky-08 (requirements and change management in one) to sky-11, and drops ver-06 (the registration)', () => {
    expect(followMappings(q, '1.0.1', 'sky-08')).toBe('sky-11');
    expect(followMappings(q, '1.0.0', 'sky-08')).toBe('sky-11');
    expect(followMappings(q, '1.0.1', 'ver-06')).toBeNull();
    expect(followMappings(q, '1.0.1', 'sky-12')).toBe('sky-12');
  });

  it('maps the three questions 1.2.0 split to their first part, from any earlier version', () => {
    for (const from of ['1.0.0', '1.0.1', '1.1.0']) {
      expect(followMappings(q, from, 'sky-04')).toBe('sky-13');
      expect(followMappings(q, from, 'sam-04')).toBe('sam-10');
      expect(followMappings(q, from, 'sam-06')).toBe('sam-08');
    }
    expect(followMappings(q, '1.2.0', 'sky-04')).toBe('sky-04');
  });

  it('has a snapshot of the current version that lists exactly the questions of today', () => {
    const current = snapshots.find((s) => s.version === q.version);
    expect(current?.questions.toSorted()).toEqual([...today].sort());
  });

  it("tells, in each version's change log, exactly which questions came and went since the version before", () => {
    const ordered = snapshots.toSorted((a, b) => compareVersions(a.version, b.version));
    for (let i = 1; i < ordered.length; i++) {
      const before = ordered[i - 1]!;
      const after = ordered[i]!;
      // Only the mappings written for this step: from the version before up to (not including) this one.
      const step = {
        idMappings: q.idMappings.filter(
          (m) =>
            compareVersions(m.fromVersion, before.version) >= 0 &&
            compareVersions(m.fromVersion, after.version) < 0,
        ),
      };
      const carried = new Set(before.questions.map((id) => followMappings(step, before.version, id)));
      const entry = q.changes.find((c) => c.version === after.version);
      expect(entry, `change log for ${after.version}`).toBeDefined();
      const added = after.questions.filter((id) => !carried.has(id));
      const removed = before.questions.filter((id) => !after.questions.includes(id));
      expect(entry!.added.toSorted(), `added in ${after.version}`).toEqual(added.toSorted());
      expect(entry!.removed.toSorted(), `removed in ${after.version}`).toEqual(removed.toSorted());
    }
  });
});
