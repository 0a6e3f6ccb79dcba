import { useState } from 'react';
import {
  checkFileSize,
  leaveOutUnknownQuestions,
  mapToQuestionnaire,
  type ImportError,
  type QuestionnaireMismatch,
  type ShareBundle,
} from '../../domain/exchange';
import { answerConsequences, type AnswerConsequences } from '../../domain/questionnaire/bank-changes';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { collisions } from '../../storage/exchange';
import { readInWorker } from './read-in-worker';

export type Opened = {
  bundle: ShareBundle;
  encrypted: boolean;
  dropped: string[];
  /** Questions the file answers that the question bank lacks: left out, and shown before writing. */
  unknown: string[];
  mapped: number;
  /** When the file was answered against an older question bank: what that means for its answers. */
  bankChanges: AnswerConsequences | null;
  detached: number;
  exists: boolean;
  actionIdsTaken: boolean;
};

export type OpenState =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'password'; name: string; bytes: Uint8Array; wrong: boolean }
  | { step: 'failed'; name: string; error: ImportError | QuestionnaireMismatch }
  | { step: 'ready'; name: string; opened: Opened };

/**
 * Reads a chosen or dropped file: size first, then bytes, then the share-file codec, then the
 * questionnaire mapping, then a look at what it would collide with. Nothing is written here.
 */
export function useOpenFile(questionnaire: Questionnaire) {
  const [state, setState] = useState<OpenState>({ step: 'idle' });

  const finish = async (name: string, bytes: Uint8Array, password?: string) => {
    const result = await readInWorker(bytes, password === undefined ? {} : { password });
    if (!result.ok) {
      if (result.error.kind === 'needs-password')
        return setState({ step: 'password', name, bytes, wrong: false });
      if (result.error.kind === 'wrong-password-or-damaged' && password !== undefined)
        return setState({ step: 'password', name, bytes, wrong: true });
      return setState({ step: 'failed', name, error: result.error });
    }
    const mapping = mapToQuestionnaire(result.bundle, questionnaire);
    if (!mapping.ok) return setState({ step: 'failed', name, error: mapping.error });
    const known = leaveOutUnknownQuestions(mapping.bundle, questionnaire);
    const clash = await collisions(known.bundle);
    setState({
      step: 'ready',
      name,
      opened: {
        bundle: known.bundle,
        encrypted: result.encrypted,
        dropped: mapping.droppedQuestionIds,
        unknown: known.unknownQuestionIds,
        mapped: mapping.mapped,
        bankChanges: answerConsequences(
          questionnaire,
          result.bundle.questionnaire.version,
          result.bundle.answers.map((a) => a.questionId),
        ),
        detached: mapping.detachedActionIds.length + known.detachedActionIds.length,
        exists: clash.assessment,
        actionIdsTaken: clash.actions,
      },
    });
  };

  const open = async (file: File) => {
    const tooLarge = checkFileSize(file.size);
    if (tooLarge) return setState({ step: 'failed', name: file.name, error: tooLarge });
    setState({ step: 'reading', name: file.name });
    await finish(file.name, new Uint8Array(await file.arrayBuffer()));
  };

  const unlock = async (password: string) => {
    if (state.step !== 'password') return;
    await finish(state.name, state.bytes, password);
  };

  return { state, open, unlock, reset: () => setState({ step: 'idle' }) };
}
