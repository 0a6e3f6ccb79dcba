import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KOMMUNER } from '../../src/domain/legal/kommuner';
import { PLAN_STATUSES } from '../../src/domain/plan/types';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import {
  addToIntake,
  aggregate,
  emptyIntake,
  KOMMUNGRUPPER,
  readResultFile,
  writeResultFile,
  type ResultAnswer,
  type ResultFile,
  type StatusCounts,
} from '../../src/domain/region/index';

export type RegionResult = {
  files: number;
  bytes: number;
  accepted: number;
  mapped: number;
  /** Read 290 files from disk, check, map, take in, and aggregate: the whole import. */
  importAndAggregate: number[];
  /** The same files read from disk and given to JSON.parse only: the floor any import has. */
  reference: number[];
  /** One filtered picture (one län) of the files already taken in. */
  filter: number[];
};

/** A small deterministic generator, so every run pools the same 290 files. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One result file per kommun (all 290), as the app writes them: levels drawn around a kommun's own
 * mean, some vet ej and ej tillämplig, targets 2 or 3, a plan of the next step's action for each gap.
 * Every tenth kommun is anonymous (län and kommungrupp), every seventh answered the older bank 1.0.1
 * (so the import maps it), and every file is written by `writeResultFile`.
 */
export async function generateResultFiles(bank: Questionnaire, folder: string): Promise<number> {
  mkdirSync(folder, { recursive: true });
  const random = prng(290);
  let bytes = 0;
  for (const [i, kommun] of KOMMUNER.entries()) {
    const mean = 0.5 + random() * 3;
    const older = i % 7 === 3;
    const answers: Record<string, ResultAnswer> = {};
    const targets: Record<string, number> = {};
    const open = new Set<string>();
    for (const area of bank.areas) {
      targets[area.id] = random() < 0.5 ? 2 : 3;
      for (const q of area.questions) {
        const r = random();
        if (r < 0.04) answers[q.id] = 'vet-ej';
        else if (r < 0.07) answers[q.id] = 'ej-tillampligt';
        else {
          const level = Math.max(0, Math.min(5, Math.round(mean + (random() - 0.5) * 3)));
          answers[q.id] = level;
          const next = q.actions.find((a) => a.toLevel === level + 1);
          if (level < targets[area.id]! && next) open.add(next.id);
        }
      }
    }
    if (older && answers['sky-09'] !== undefined) {
      answers['sky-02'] = answers['sky-09'];
      delete answers['sky-09'];
      delete answers['sky-10'];
    }
    const byStatus = Object.fromEntries(
      PLAN_STATUSES.map((s) => [s, Math.floor(random() * 30)]),
    ) as StatusCounts;
    const file: ResultFile = {
      format: 'lis-stegen-resultat',
      formatVersion: 1,
      exportedAt: '2026-11-30T12:00:00.000Z',
      generator: { name: 'LIS-stegen', version: '0.2.0' },
      questionnaire: { id: bank.id, version: older ? '1.0.1' : bank.version },
      sender: (i + 1).toString(16).padStart(32, '0'),
      identity:
        i % 10 === 0
          ? { kind: 'grupp', lan: kommun.code.slice(0, 2), kommungrupp: KOMMUNGRUPPER[i % 9]! }
          : {
              kind: 'kommun',
              kommunCode: kommun.code,
              name: kommun.name,
              kommungrupp: KOMMUNGRUPPER[i % 9]!,
            },
      assessmentDate: '2026-11-01',
      answers,
      targets,
      plan: { byStatus, byArea: {}, openActions: [...open].sort() },
    };
    const written = await writeResultFile(file);
    if (!written.ok)
      throw new Error(`synthetic result file ${kommun.code}: ${JSON.stringify(written.error)}`);
    writeFileSync(join(folder, `resultat-${kommun.code}.lisresultat`), written.text);
    bytes += Buffer.byteLength(written.text);
  }
  return bytes;
}

/**
 * Times the import the overview does, in Node: each file read from disk one at a time (its bytes are
 * dropped before the next is read, so memory stays flat), checked by `readResultFile`, mapped and taken
 * in by `addToIntake`, then `aggregate`d. The reference, in the same run, reads the same files and only
 * `JSON.parse`s them: the ratio says what the checking and pooling cost over the bare minimum.
 */
export async function regionTimings(
  bank: Questionnaire,
  folder: string,
  runs: number,
): Promise<RegionResult> {
  const names = readdirSync(folder)
    .filter((f) => f.endsWith('.lisresultat'))
    .sort();
  const result: RegionResult = {
    files: names.length,
    bytes: 0,
    accepted: 0,
    mapped: 0,
    importAndAggregate: [],
    reference: [],
    filter: [],
  };
  for (let run = 0; run < runs; run++) {
    let t0 = performance.now();
    let parsed = 0;
    for (const name of names) {
      const bytes = readFileSync(join(folder, name));
      if (JSON.parse(new TextDecoder().decode(bytes)) !== null) parsed++;
    }
    result.reference.push(performance.now() - t0);
    if (parsed !== names.length) throw new Error('the reference did not parse every file');

    t0 = performance.now();
    let intake = emptyIntake();
    let bytes = 0;
    for (const name of names) {
      const data = new Uint8Array(readFileSync(join(folder, name)));
      bytes += data.byteLength;
      intake = addToIntake(intake, name, await readResultFile(data), bank);
    }
    const picture = aggregate(
      intake.accepted.map((a) => a.file),
      bank,
    );
    result.importAndAggregate.push(performance.now() - t0);
    if (picture.suppressed || picture.kommuner !== names.length || intake.rejected.length > 0)
      throw new Error(
        `the import did not pool every file: ${intake.accepted.length} accepted, ${intake.rejected.length} rejected`,
      );
    result.bytes = bytes;
    result.accepted = intake.accepted.length;
    result.mapped = intake.accepted.filter((a) => a.mappedFrom !== null).length;

    const files = intake.accepted.map((a) => a.file);
    t0 = performance.now();
    const filtered = aggregate(files, bank, { lan: '14' });
    result.filter.push(performance.now() - t0);
    if (filtered.suppressed) throw new Error('the filtered picture (Västra Götaland) was suppressed');
  }
  return result;
}
