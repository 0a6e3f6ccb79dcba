const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

export type ScanLimits = {
  /** Arrays and objects nested deeper than this. */
  maxDepth: number;
  /** Entries in any one array or object (elements, or key–value pairs). */
  maxEntries: number;
  /** Entries in all arrays and objects together: every value in the file but the outermost. */
  maxTotal?: number;
};

export type ScanProblem = 'too-deep' | 'too-many';

/**
 * Looks at the shape of a JSON text before `JSON.parse` builds it: how deep arrays and objects
 * nest, how many entries each one holds, and how many there are in all. It stops at the first
 * container that is too deep or too large, or once the whole file holds too many, so seven million `{}` in one array, or a million keys in one object, are refused after
 * reading only as far as the limit, before any of them is allocated. One pass, no recursion, no
 * allocation beyond one counter per level. Brackets and commas inside strings do not count. The
 * text need not be valid JSON; `JSON.parse` judges that afterwards.
 */
export function scanJson(text: string, limits: ScanLimits): ScanProblem | null {
  const { maxDepth, maxEntries, maxTotal = Infinity } = limits;
  let total = 0;
  // entries[d]: entries seen so far in the open container at depth d; open[d]: whether it has a value yet.
  const entries = new Int32Array(maxDepth + 2);
  const filled = new Uint8Array(maxDepth + 2);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === SPACE || c === LF || c === CR || c === TAB) continue;
    if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      if (depth > 0) depth--;
      continue;
    }
    if (c === COMMA) {
      if (depth > 0) filled[depth] = 0;
      continue;
    }
    // Any other character starts or continues a value (or a key) in the current container.
    if (depth > 0 && filled[depth] === 0) {
      filled[depth] = 1;
      if (++entries[depth]! > maxEntries || ++total > maxTotal) return 'too-many';
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > maxDepth) return 'too-deep';
      entries[depth] = 0;
      filled[depth] = 0;
    }
  }
  return null;
}
