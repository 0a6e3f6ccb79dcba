import { describe, expect, it } from 'vitest';
import { ExportError } from './export-error';
import { fullBundle } from './fixtures/full-bundle';
import { FILE_EXTENSION, MIME_TYPE, serializeBundle } from './serialize';

/** The same data with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  );
}

describe('serializeBundle', () => {
  it('pretty-prints with two spaces, the envelope first and a final newline', () => {
    const text = serializeBundle(fullBundle());
    expect(text.startsWith('{\n  "format": "lis-stegen",\n  "formatVersion": 2,\n  "exportedAt": ')).toBe(
      true,
    );
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(fullBundle());
  });

  it('gives the same bytes whatever order the keys had', () => {
    const shuffled = reverseKeys(fullBundle()) as ReturnType<typeof fullBundle>;
    expect(Object.keys(shuffled)[0]).toBe('actions');
    expect(serializeBundle(shuffled)).toBe(serializeBundle(fullBundle()));
  });

  it('omits personal names on request, and only those', () => {
    const text = serializeBundle(fullBundle(), { omitPersonalNames: true });
    const data = JSON.parse(text) as ReturnType<typeof fullBundle>;
    expect(data.assessment.participants).toBe('');
    expect(data.actions.map((a) => a.ownerName)).toEqual(['', '', '', '']);
    const expected = fullBundle();
    expected.assessment.participants = '';
    for (const a of expected.actions) a.ownerName = '';
    expect(data).toEqual(expected);
    expect(text).not.toContain('Åsa Öberg');
  });

  it('does not change its input', () => {
    const bundle = fullBundle();
    serializeBundle(bundle, { omitPersonalNames: true });
    expect(bundle).toEqual(fullBundle());
  });

  it('refuses to write a file it would not read back', () => {
    const bundle = fullBundle();
    bundle.answers[2]!.note = 'x'.repeat(4001);
    expect(() => serializeBundle(bundle)).toThrow(ExportError);
    try {
      serializeBundle(bundle);
    } catch (e) {
      expect((e as ExportError).problem).toEqual({
        kind: 'invalid',
        issues: [{ path: 'answers.2.note', message: expect.any(String) }],
      });
    }
  });

  it('names the file type', () => {
    expect(FILE_EXTENSION).toBe('.lisstegen');
    expect(MIME_TYPE).toBe('application/vnd.lis-stegen+json');
  });
});
