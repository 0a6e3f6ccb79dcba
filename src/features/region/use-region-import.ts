import { useRef, useState } from 'react';
import {
  addToIntake,
  coverageOf,
  mapResultToQuestionnaire,
  MAX_RESULT_FILE_BYTES,
  type AcceptedResult,
  type Intake,
  type ResultReadResult,
} from '../../domain/region';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { nowIso } from '../../domain/ids';
import { pooledKey, replacePooled, type PooledResult } from '../../storage/region-db';
import { createResultReader } from './result-reader';

type Bank = Pick<Questionnaire, 'id' | 'version' | 'idMappings' | 'areas'>;

export type PasswordAnswer = { password: string; remember: boolean } | null;

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; done: number; total: number; fileName: string }
  | { step: 'password'; done: number; total: number; fileName: string; wrong: boolean }
  | {
      step: 'preview';
      intake: Intake;
      /** The accepted results that were already in the overview before this import. */
      pooled: ReadonlySet<AcceptedResult>;
    };

/** A pooled result as the intake sees it, brought to the app's questionnaire if that has moved on since. */
export function acceptedOf(p: PooledResult, bank: Bank): AcceptedResult {
  const mapped = mapResultToQuestionnaire(p.file, bank);
  const file = mapped.ok ? mapped.file : p.file;
  return {
    fileName: p.fileName,
    file,
    encrypted: p.encrypted,
    mappedFrom: p.mappedFrom,
    dropped: p.dropped,
    coverage: coverageOf(file, bank),
  };
}

/**
 * Reads many result files, one at a time (only one file's bytes are held at once), on top of what
 * the overview already holds, so that a file from a kommun already pooled is found as a duplicate.
 * Nothing is written until `confirm`. An encrypted file asks for its password; the user may let one
 * password be tried on the following files too.
 */
export function useRegionImport(bank: Questionnaire, pooled: readonly PooledResult[]) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const answer = useRef<((a: PasswordAnswer) => void) | null>(null);
  const cancelled = useRef(false);
  const importedAt = useRef(new Map<AcceptedResult, PooledResult>());

  const askPassword = (progress: { done: number; total: number }, fileName: string, wrong: boolean) =>
    new Promise<PasswordAnswer>((resolve) => {
      answer.current = resolve;
      setState({ step: 'password', ...progress, fileName, wrong });
    });

  const run = async (files: readonly File[]) => {
    if (files.length === 0 || state.step === 'reading' || state.step === 'password') return;
    cancelled.current = false;
    const before = new Map<AcceptedResult, PooledResult>();
    for (const p of pooled) before.set(acceptedOf(p, bank), p);
    importedAt.current = before;
    let intake: Intake = { accepted: [...before.keys()], duplicates: [], rejected: [] };
    let remembered: string | undefined;
    const reader = createResultReader();
    try {
      for (const [done, file] of files.entries()) {
        if (cancelled.current) return setState({ step: 'idle' });
        const progress = { done, total: files.length };
        setState({ step: 'reading', ...progress, fileName: file.name });
        let read: ResultReadResult;
        if (file.size > MAX_RESULT_FILE_BYTES) {
          read = { ok: false, error: { kind: 'too-large', bytes: file.size, limit: MAX_RESULT_FILE_BYTES } };
        } else {
          read = await readOne(file, remembered);
          let asked = false;
          while (
            !read.ok &&
            (read.error.kind === 'needs-password' ||
              (read.error.kind === 'wrong-password-or-damaged' && (asked || remembered !== undefined)))
          ) {
            const given = await askPassword(progress, file.name, read.error.kind !== 'needs-password');
            if (given === null) {
              read = { ok: false, error: { kind: 'needs-password' } };
              break;
            }
            asked = true;
            remembered = given.remember ? given.password : undefined;
            setState({ step: 'reading', ...progress, fileName: file.name });
            read = await readOne(file, given.password);
          }
        }
        intake = addToIntake(intake, file.name, read, bank);
      }
      if (cancelled.current) return setState({ step: 'idle' });
      setState({ step: 'preview', intake, pooled: new Set(before.keys()) });
    } finally {
      reader.close();
      answer.current = null;
    }

    async function readOne(file: File, password: string | undefined): Promise<ResultReadResult> {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        return { ok: false, error: { kind: 'read-failed' } };
      }
      return reader.read(bytes, password);
    }
  };

  const givePassword = (a: PasswordAnswer) => answer.current?.(a);

  const cancel = () => {
    cancelled.current = true;
    answer.current?.(null);
    setState({ step: 'idle' });
  };

  /** Writes what the user saw: every accepted result, old and new, in one transaction. */
  const confirm = async () => {
    if (state.step !== 'preview') return;
    const at = nowIso();
    const results: PooledResult[] = state.intake.accepted.map((a) => {
      const was = importedAt.current.get(a);
      return (
        was ?? {
          key: pooledKey(a.file),
          fileName: a.fileName,
          importedAt: at,
          encrypted: a.encrypted,
          mappedFrom: a.mappedFrom,
          dropped: a.dropped,
          file: a.file,
        }
      );
    });
    await replacePooled(results);
    setState({ step: 'idle' });
  };

  return { state, run, givePassword, cancel, confirm };
}
