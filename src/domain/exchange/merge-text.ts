import type { ShareBundle } from './bundle';

/**
 * The joined note for 'both': mine first, then theirs under a line saying where it came from, e.g.
 *
 *     Policy antagen 2024.
 *
 *     — Från Ekby kommun, exporterad 2026-03-05:
 *     Policyn saknar revideringsdatum.
 */
export function joinNotes(mine: string, theirs: string, theirLabel: string): string {
  return `${mine}\n\n— Från ${theirLabel}:\n${theirs}`;
}

/** Swedish, like the notes it goes into; the UI may pass its own label to `diffBundles`. */
export function defaultTheirLabel(theirs: ShareBundle): string {
  const exported = `exporterad ${theirs.exportedAt.slice(0, 10)}`;
  return theirs.assessment.organisation === '' ? exported : `${theirs.assessment.organisation}, ${exported}`;
}

/**
 * Mine, verbatim, followed by the names in theirs that mine lacks. Names are separated by commas,
 * semicolons or new lines and compared without regard to case or surrounding spaces.
 */
export function unionParticipants(mine: string, theirs: string): string {
  const names = (text: string) =>
    text
      .split(/[,;\n]/)
      .map((n) => n.trim())
      .filter((n) => n !== '');
  const known = new Set(names(mine).map((n) => n.toLocaleLowerCase('sv')));
  const missing = names(theirs).filter((n) => {
    const key = n.toLocaleLowerCase('sv');
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  if (missing.length === 0) return mine;
  return mine.trim() === '' ? missing.join(', ') : `${mine}, ${missing.join(', ')}`;
}

/** The later of two ISO date-times (compared as instants, not as text). */
export function later(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}
