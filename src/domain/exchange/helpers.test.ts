import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64';
import { createBundle } from './bundle';
import { canonicalJson, sameJson } from './canonical-json';
import { withNewIds } from './copy';
import { shareFileName } from './file-name';
import { fullActions, fullAnswers, fullAssessment, fullBundle } from './fixtures/full-bundle';
import { scanJson } from './json-scan';
import { checkFileSize } from './parse';
import { compareVersions } from './semver';
import { utf8ByteLength } from './utf8';
import { validateBundle } from './validate';

const exceedsDepth = (text: string, maxDepth: number) =>
  scanJson(text, { maxDepth, maxEntries: 1000 }) === 'too-deep';

describe('scanJson: depth', () => {
  it('counts arrays and objects, not brackets in strings or after escaped quotes', () => {
    expect(exceedsDepth('[[1]]', 2)).toBe(false);
    expect(exceedsDepth('[[[1]]]', 2)).toBe(true);
    expect(exceedsDepth('{"a":{"b":{}}}', 2)).toBe(true);
    expect(exceedsDepth('[[], [], [], []]', 2)).toBe(false);
    expect(exceedsDepth('["[[[[", "\\"[[[["]', 1)).toBe(false);
    expect(exceedsDepth('["\\\\", [[1]]]', 2)).toBe(true);
  });
});

describe('scanJson: entries', () => {
  const tooMany = (text: string, maxEntries: number) => scanJson(text, { maxDepth: 10, maxEntries });

  it('counts the entries of each array and object on its own, not commas in strings', () => {
    expect(tooMany('[1, 2, 3]', 3)).toBeNull();
    expect(tooMany('[1, 2, 3, 4]', 3)).toBe('too-many');
    expect(tooMany('{"a": 1, "b": [1, 2, 3], "c": {"x": ",,,,"}}', 3)).toBeNull();
    expect(tooMany('{"a": 1, "b": 2, "c": 3, "d": 4}', 3)).toBe('too-many');
    expect(tooMany('[[1, 2, 3], [4, 5, 6], [7, 8, 9]]', 3)).toBeNull();
    expect(tooMany('[{}, {}, {}, {}]', 3)).toBe('too-many');
    expect(tooMany('[[1, 2], [1, 2, 3, 4]]', 3)).toBe('too-many');
    const escapes = String.raw`["a,b,c,d,e", "\\", "\\\",,,"]`;
    expect(JSON.parse(escapes)).toHaveLength(3);
    expect(tooMany(escapes, 3)).toBeNull();
    expect(tooMany(escapes, 2)).toBe('too-many');
    expect(tooMany('[]', 0)).toBeNull();
  });

  it('counts the entries of all containers together against the total', () => {
    const scan = (text: string, maxTotal: number) =>
      scanJson(text, { maxDepth: 10, maxEntries: 3, maxTotal });
    // 3 lists of 3, plus the 3 lists themselves as entries of the outer one: 12 in all.
    const nine = '[[1, 2, 3], [4, 5, 6], [7, 8, 9]]';
    expect(scan(nine, 12)).toBeNull();
    expect(scan(nine, 11)).toBe('too-many');
    expect(scan('{"a": {"b": 1}, "c": "[1,2,3]"}', 3)).toBeNull();
    expect(scan('{"a": {"b": 1}, "c": "[1,2,3]"}', 2)).toBe('too-many');
  });

  it('refuses at the first container over the limit, before a deeper problem further on', () => {
    const huge = `[${'{},'.repeat(3_000_000)}${'['.repeat(100)}`;
    expect(tooMany(huge, 10_000)).toBe('too-many');
  });
});

describe('utf8ByteLength', () => {
  it('matches TextEncoder for every kind of character', () => {
    for (const text of ['', 'abc', 'åäö', '€', '🔐👩🏽‍💻', 'a\uD83Db', '\uDC00', '\uD83D'])
      expect(utf8ByteLength(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('base64', () => {
  it('round-trips every byte value and rejects anything else', () => {
    const bytes = Uint8Array.from({ length: 256 * 3 }, (_, i) => i % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    for (const bad of ['abc', 'ab c', 'ab!=', '====', 'YQ==YQ==']) expect(fromBase64(bad), bad).toBeNull();
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
  });
});

describe('sameJson', () => {
  it('compares plain data by content, whatever the key order', () => {
    expect(sameJson({ a: [1, { b: null }], c: 'x' }, { c: 'x', a: [1, { b: null }] })).toBe(true);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
  });
});

describe('compareVersions', () => {
  it('compares numerically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('0.9.9', '1.0.0')).toBeLessThan(0);
  });
});

describe('checkFileSize', () => {
  it('lets the UI refuse a file before reading it', () => {
    expect(checkFileSize(20_000_000)).toBeNull();
    expect(checkFileSize(20_000_000 + 1)).toEqual({
      kind: 'too-large',
      bytes: 20_000_000 + 1,
      limit: 20_000_000,
    });
  });
});

describe('shareFileName', () => {
  it('suggests a safe file name', () => {
    expect(shareFileName({ organisation: 'Ekby kommun', date: '2026-03-01' })).toBe(
      'LIS-stegen Ekby kommun 2026-03-01.lisstegen',
    );
    expect(shareFileName({ organisation: 'A/B: "C"?\n', date: '2026-03-01' })).toBe(
      'LIS-stegen A B C 2026-03-01.lisstegen',
    );
  });

  it('drops direction marks, zero-width and C1 control characters from user text', () => {
    const tricky = 'Ekby\u202Egpj.exe\u200B\u2066x\u2069\u0085\u061C kommun';
    expect(shareFileName({ organisation: tricky, date: '2026-03-01' })).toBe(
      'LIS-stegen Ekby gpj.exe x kommun 2026-03-01.lisstegen',
    );
  });
});

describe('withNewIds', () => {
  it('gives the assessment and every action a fresh id and keeps everything else', () => {
    let n = 0;
    const copy = withNewIds(fullBundle(), () => `id-${++n}`);
    expect(copy.assessment.id).toBe('id-1');
    expect(copy.actions.map((a) => a.id)).toEqual(['id-2', 'id-3', 'id-4', 'id-5']);
    expect(copy.answers.every((a) => a.assessmentId === 'id-1')).toBe(true);
    expect(copy.actions.every((a) => a.assessmentId === 'id-1')).toBe(true);
    expect(validateBundle(copy).ok).toBe(true);
    const original = fullBundle();
    expect({ ...copy.answers[3], assessmentId: 'a1' }).toEqual(original.answers[3]);
  });
});

describe('createBundle', () => {
  it('wraps an assessment with its answers and actions, taking the questionnaire from the assessment', () => {
    const bundle = createBundle({
      assessment: fullAssessment(),
      answers: fullAnswers(),
      actions: fullActions(),
      exportedAt: '2026-03-05T12:00:00.000Z',
      generatorVersion: '0.1.0',
    });
    expect(bundle).toEqual(fullBundle());
    expect(validateBundle(bundle).ok).toBe(true);
  });
});
