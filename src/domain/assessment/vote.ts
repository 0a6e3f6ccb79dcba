/** A round of votes in a workshop: each participant's level, the spread, and a proposal to agree on. */
export type VoteSpread = {
  count: number;
  min: number;
  max: number;
  /** The middle vote; with an even count the lower of the two middle ones (the cautious choice). */
  median: number;
  /** Votes per level, index = level. */
  tally: number[];
};

export function voteSpread(votes: readonly number[], levels: number): VoteSpread | null {
  if (votes.length === 0) return null;
  const sorted = [...votes].sort((a, b) => a - b);
  const tally = Array.from({ length: levels }, (_, level) => votes.filter((v) => v === level).length);
  return {
    count: votes.length,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    median: sorted[Math.floor((sorted.length - 1) / 2)]!,
    tally,
  };
}

/** The note gets the round appended on a line of its own, within the note's length limit. */
export function appendToNote(note: string, line: string, limit: number): string {
  const joined = note.trim() === '' ? line : `${note.replace(/\s+$/, '')}\n${line}`;
  return joined.slice(0, limit);
}
