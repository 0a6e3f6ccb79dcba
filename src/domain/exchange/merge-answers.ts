import type { Answer, AnswerValue } from '../assessment/types';
import { sameJson } from './canonical-json';
import { SHARE_LIMITS } from './limits';
import { joinNotes, later } from './merge-text';
import type { MergePart } from './merge-types';

/** Which side a field comes from under "an empty field never wins". */
type Picked<T> = { from: 'same' | 'mine' | 'theirs'; value: T };

/** Null when both sides are set and differ: a conflict. */
function pick<T>(mine: T, theirs: T, isBlank: (v: T) => boolean): Picked<T> | null {
  if (sameJson(mine, theirs)) return { from: 'same', value: mine };
  if (isBlank(theirs)) return { from: 'mine', value: mine };
  if (isBlank(mine)) return { from: 'theirs', value: theirs };
  return null;
}

const isBlankAnswer = (a: Answer) => a.value === null && a.note === '' && !a.flagged;

/**
 * Per question: value and note follow "an empty field takes the other side"; a flag set on either
 * side stays set (it only asks for a review). If value or note is set on both sides and differs, the
 * whole answer is one conflict. 'both' joins the two notes when the values do not conflict.
 */
export function diffAnswers(
  mine: readonly Answer[],
  theirs: readonly Answer[],
  theirLabel: string,
): MergePart {
  const part: MergePart = { automatic: [], conflicts: [] };
  const mineByQuestion = new Map(mine.map((a) => [a.questionId, a]));
  for (const t of theirs) {
    const m = mineByQuestion.get(t.questionId);
    if (m === undefined) {
      if (!isBlankAnswer(t))
        part.automatic.push({ kind: 'answer', questionId: t.questionId, mine: null, result: t });
      continue;
    }
    const value = pick<AnswerValue | null>(m.value, t.value, (v) => v === null);
    const note = pick(m.note, t.note, (n) => n === '');
    if (value !== null && note !== null) {
      const result = combine(m, t, value, note.value);
      if (!sameJson(result, m))
        part.automatic.push({ kind: 'answer', questionId: t.questionId, mine: m, result });
      continue;
    }
    const joined = joinNotes(m.note, t.note, theirLabel);
    const both =
      value !== null && note === null && joined.length <= SHARE_LIMITS.note
        ? combine(m, t, value, joined)
        : null;
    part.conflicts.push({
      id: `answer:${t.questionId}`,
      kind: 'answer',
      questionId: t.questionId,
      mine: m,
      theirs: t,
      both,
      options: both === null ? ['mine', 'theirs'] : ['mine', 'theirs', 'both'],
    });
  }
  return part;
}

/**
 * "Behöver granskas" belongs to the value: it follows the side the value came from, and when both
 * sides hold the same value, a confirmation on either side counts.
 */
function combine(m: Answer, t: Answer, value: Picked<AnswerValue | null>, note: string): Answer {
  const carriedOver =
    value.from === 'same'
      ? m.carriedOver && t.carriedOver
      : value.from === 'theirs'
        ? t.carriedOver
        : m.carriedOver;
  const result: Answer = { ...m, value: value.value, note, flagged: m.flagged || t.flagged, carriedOver };
  return sameJson(result, m) ? m : { ...result, updatedAt: later(m.updatedAt, t.updatedAt) };
}
