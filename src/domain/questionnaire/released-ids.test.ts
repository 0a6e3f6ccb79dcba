import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../exchange/semver';
import { realQuestionnaire } from '../../test/sample';
import type { Questionnaire } from './schema';

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

/** Where an id answered against `version` ends up today: an id, null (removed), or undefined (lost). */
function followMappings(q: Pick<Questionnaire, 'idMappings'>, version: string, id: string) {
  let current: string | null = id;
  const steps = q.idMappings
    .filter((m) => compareVersions(m.fromVersion, version) >= 0)
    .sort((a, b) => compareVersions(a.fromVersion, b.fromVersion));
  for (const step of steps)
    if (current !== null && current in step.questions) current = step.questions[current]!;
  return current;
}

describe('released question ids', () => {
  const q = realQuestionnaire();
  const today = new Set(q.areas.flatMap((a) => a.questions.map((x) => x.id)));

  it('has a snapshot of 1.0.0 and 1.0.1, each named for its version', () => {
    expect(snapshots.map((s) => s.version)).toEqual(expect.arrayContaining(['1.0.0', '1.0.1']));
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
});
