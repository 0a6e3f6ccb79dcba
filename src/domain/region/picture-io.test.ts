import { describe, expect, it } from 'vitest';
import { realQuestionnaire } from '../../test/sample';
import { serializeBundle } from '../exchange/serialize';
import { fullBundle } from '../exchange/fixtures/full-bundle';
import { aggregate, type RegionPicture } from './aggregate';
import { resultFor } from './fixtures/results';
import type { RegionPictureFile } from './picture-file';
import {
  buildRegionPicture,
  readRegionPicture,
  regionPictureFileName,
  regionPictureText,
  writeRegionPicture,
  type RegionPictureMeta,
} from './picture-io';
import { resultFileText } from './result-io';
import type { ResultFile } from './result-file';

const bank = realQuestionnaire();
const [area0, area1] = bank.areas as [(typeof bank.areas)[0], (typeof bank.areas)[0]];
const meta: RegionPictureMeta = {
  questionnaire: { id: bank.id, version: bank.version },
  filter: {},
  exportedAt: '2026-12-01T12:00:00.000Z',
  generatorVersion: '0.9.0',
};

/** Five named kommuner of Västra Götaland, each with its own, distinct levels. */
const KOMMUNER = [
  { kommunCode: '1480', name: 'Göteborg' },
  { kommunCode: '1401', name: 'Härryda' },
  { kommunCode: '1402', name: 'Partille' },
  { kommunCode: '1490', name: 'Borås' },
  { kommunCode: '1499', name: 'Falköping' },
] as const;
const questionIndex = new Map(bank.areas.flatMap((a) => a.questions).map((q, i) => [q.id, i]));
const named = (count = 5, level = (n: number, qi: number) => (n + qi) % 6): ResultFile[] =>
  KOMMUNER.slice(0, count).map((k, n) =>
    resultFor(bank, n + 1, {
      identity: { kind: 'kommun', ...k, kommungrupp: 'A1' },
      level: (id) => level(n, questionIndex.get(id)!),
    }),
  );
const picture = (files: ResultFile[]): RegionPicture => aggregate(files, bank);
const written = async (files = named(), password?: string) => {
  const w = await writeRegionPicture(picture(files), meta, password === undefined ? {} : { password });
  if (!w.ok) throw new Error(`not written: ${w.error.kind}`);
  return w;
};

/** Every key path of a JSON value, with area and question ids replaced by `*`. */
function keyPaths(value: unknown, path = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) out.add(`${path}[]`);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) {
      const key = path === 'areas' || path === 'questions' ? '*' : k;
      const next = path ? `${path}.${key}` : key;
      out.add(next);
      keyPaths(v, next, out);
    }
  return out;
}

describe('region picture: privacy', () => {
  it('names no kommun: no name, code, sender or kommungrupp of any file reaches it', async () => {
    const files = named();
    const { text } = await written(files);
    for (const k of KOMMUNER) {
      expect(text).not.toContain(k.name);
      expect(text).not.toContain(k.kommunCode);
    }
    for (const f of files) expect(text).not.toContain(f.sender);
    expect(text).not.toContain('A1');
    expect(text).not.toContain('kommunCode');
    expect(text).not.toContain('identity');
  });

  it('holds only spreads and counts: no list anywhere, no field beyond the known ones', async () => {
    const { text } = await written();
    // A list is how one value per kommun would travel; the file has none at all.
    expect(text).not.toContain('[');
    expect([...keyPaths(JSON.parse(text))].sort()).toEqual(
      [
        'format',
        'formatVersion',
        'exportedAt',
        'generator',
        'generator.name',
        'generator.version',
        'questionnaire',
        'questionnaire.id',
        'questionnaire.version',
        'scope',
        'scope.lan',
        'scope.kommungrupp',
        'kommuner',
        'areas',
        'areas.*',
        'areas.*.spread',
        'areas.*.targets',
        'areas.*.atTarget',
        ...['n', 'min', 'q1', 'median', 'q3', 'max'].flatMap((k) => [
          `areas.*.spread.${k}`,
          `areas.*.targets.${k}`,
        ]),
        'questions',
        'questions.*',
        'questions.*.answered',
        'questions.*.below2',
        'questions.*.below3',
      ].sort(),
    );
  });

  it('gives per question how many kommuner are below level 2 and 3, never which level each has', async () => {
    const { file } = await written();
    const q = area0.questions[0]!;
    // The five kommuner answered 0, 1, 2, 3 and 4 to the first question.
    expect(file.questions[q.id]).toEqual({ answered: 5, below2: 2, below3: 3 });
  });

  it('leaves out an area or a question where fewer than five kommuner gave a level', async () => {
    // Only Göteborg gives levels in the first area (3.5 on average); the others answer "vet ej" there.
    const files = KOMMUNER.map((k, n) =>
      resultFor(bank, n + 1, {
        identity: { kind: 'kommun', ...k, kommungrupp: 'A1' },
        level: (id, areaId) =>
          areaId !== area0.id ? 2 : n > 0 ? 'vet-ej' : questionIndex.get(id)! % 2 === 0 ? 3 : 4,
      }),
    );
    const { file, text } = await written(files);
    expect(file.areas[area0.id]).toEqual({
      spread: null,
      targets: { n: 5, min: 2, q1: 2, median: 2, q3: 2, max: 2 },
      atTarget: null,
    });
    for (const q of area0.questions) expect(file.questions[q.id]).toBeNull();
    expect(file.areas[area1.id]!.spread).toEqual({ n: 5, min: 2, q1: 2, median: 2, q3: 2, max: 2 });
    // Göteborg's own mean in that area is nowhere in the file.
    const own = picture(files);
    if (own.suppressed) throw new Error('suppressed');
    const gbg = Math.round(own.areas[0]!.spread!.median * 100) / 100;
    expect(gbg).toBeGreaterThan(3);
    expect(text).not.toContain(`: ${gbg}`);
  });

  it('is never written for fewer than five kommuner, even for the coordinator’s whole set', async () => {
    const four = picture(named(4));
    expect(four.suppressed).toBe(false);
    expect(buildRegionPicture(four, meta)).toBeNull();
    expect(await writeRegionPicture(four, meta)).toEqual({
      ok: false,
      error: { kind: 'too-few', kommuner: 4, minimum: 5 },
    });
    const filtered = aggregate(named(), bank, { kommungrupp: 'C8' });
    expect(await writeRegionPicture(filtered, { ...meta, filter: { kommungrupp: 'C8' } })).toEqual({
      ok: false,
      error: { kind: 'too-few', kommuner: 0, minimum: 5 },
    });
  });

  it('records the coordinator’s filter, not a kommun', async () => {
    const files = named();
    const w = await writeRegionPicture(aggregate(files, bank, { lan: '14' }), {
      ...meta,
      filter: { lan: '14' },
    });
    expect(w.ok && w.file.scope).toEqual({ lan: '14', kommungrupp: null });
    expect(w.ok && regionPictureFileName(w.file)).toBe('regionbild-14-2026-12-01.lisregionbild');
  });
});

describe('region picture: write and read', () => {
  it('reads back what it wrote, and writes the same bytes twice', async () => {
    const w = await written();
    expect(await readRegionPicture(w.text)).toEqual({ ok: true, file: w.file, encrypted: false });
    expect(await readRegionPicture(new TextEncoder().encode(`\uFEFF${w.text}`))).toEqual({
      ok: true,
      file: w.file,
      encrypted: false,
    });
    expect((await written()).text).toBe(w.text);
    expect(regionPictureText(w.file)).toBe(w.text);
    expect(w.file.areas[area0.id]!.spread).toMatchObject({ n: 5 });
    expect(Object.keys(w.file.areas)).toHaveLength(bank.areas.length);
    expect(Object.keys(w.file.questions)).toHaveLength(questionIndex.size);
  });

  it('encrypts under the share file’s password policy', async () => {
    const pic = picture(named());
    expect(await writeRegionPicture(pic, meta, { password: '' })).toEqual({
      ok: false,
      error: { kind: 'empty-password' },
    });
    const weak = await writeRegionPicture(pic, meta, { password: 'kort' });
    expect(weak.ok).toBe(false);
    expect(!weak.ok && weak.error.kind).toBe('weak-password');
    const w = await written(named(), 'regionens bild till kommunerna');
    expect(w.encrypted).toBe(true);
    expect(w.text).not.toContain('lis-stegen-regionbild');
    expect(await readRegionPicture(w.text)).toEqual({ ok: false, error: { kind: 'needs-password' } });
    expect(await readRegionPicture(w.text, { password: 'fel lösenord' })).toEqual({
      ok: false,
      error: { kind: 'wrong-password-or-damaged' },
    });
    expect(await readRegionPicture(w.text, { password: 'regionens bild till kommunerna' })).toEqual({
      ok: true,
      file: w.file,
      encrypted: true,
    });
  });
});

describe('region picture: hostile and wrong files', () => {
  const errorOf = async (input: string | Uint8Array) => {
    const r = await readRegionPicture(input);
    return r.ok ? null : r.error;
  };
  const valid = async () => JSON.parse((await written()).text) as RegionPictureFile;
  const text = (data: unknown) => JSON.stringify(data);
  const invalid = async (change: (f: Record<string, unknown>) => void) => {
    const f = (await valid()) as unknown as Record<string, unknown>;
    change(f);
    return (await errorOf(text(f)))?.kind;
  };

  it('says what a file is when it is another LIS-stegen file', async () => {
    expect(await errorOf(resultFileText(named()[0]!))).toEqual({ kind: 'result-file' });
    expect(await errorOf(serializeBundle(fullBundle()))).toEqual({ kind: 'share-file' });
    expect(await errorOf('{"hej": 1}')).toEqual({ kind: 'not-lis-file' });
  });

  it('refuses broken, oversized, deep and newer files before reading their content', async () => {
    expect(await errorOf('Hej, här är bilden')).toEqual({ kind: 'not-json' });
    expect(await errorOf('')).toEqual({ kind: 'empty' });
    expect(await errorOf(new Uint8Array([0xff, 0xfe, 0x00]))).toEqual({ kind: 'not-json' });
    expect((await errorOf(' '.repeat(2_000_001)))?.kind).toBe('too-large');
    expect((await errorOf('['.repeat(10_000) + ']'.repeat(10_000)))?.kind).toBe('too-deep');
    const newer = { ...(await valid()), formatVersion: 2 };
    expect(await errorOf(text(newer))).toEqual({ kind: 'too-new', fileVersion: 2, supportedVersion: 1 });
  });

  it('refuses a file that would show fewer than five kommuner anywhere', async () => {
    expect(await invalid((f) => (f.kommuner = 4))).toBe('invalid');
    const a = area0.id;
    const q = area0.questions[0]!.id;
    expect(
      await invalid((f) => {
        (f.areas as Record<string, { spread: { n: number } }>)[a]!.spread.n = 1;
      }),
    ).toBe('invalid');
    expect(
      await invalid((f) => {
        (f.questions as Record<string, { answered: number }>)[q]!.answered = 2;
      }),
    ).toBe('invalid');
    expect(
      await invalid((f) => {
        (f.areas as Record<string, { spread: { n: number } }>)[a]!.spread.n = 6;
      }),
    ).toBe('invalid');
  });

  it('refuses any field it does not know, a name among them, and prototype keys', async () => {
    expect(await invalid((f) => (f.kommunNames = ['Göteborg']))).toBe('invalid');
    expect(
      await invalid((f) => {
        (f.areas as Record<string, Record<string, unknown>>)[area0.id]!.values = [1, 2, 3, 4, 5];
      }),
    ).toBe('invalid');
    expect(
      await invalid((f) => {
        (f.questions as Record<string, Record<string, unknown>>)[area0.questions[0]!.id]!.kommun = '1480';
      }),
    ).toBe('invalid');
    expect(await invalid((f) => (f.scope = { lan: '14', kommungrupp: null, kommun: 'Göteborg' }))).toBe(
      'invalid',
    );
    const proto = (await written()).text.replace('"areas": {', '"areas": {"__proto__": {"x": 1},');
    expect((await errorOf(proto))?.kind).toBe('invalid');
  });

  it('refuses figures that cannot be: levels past 5, a spread out of order, more below 2 than below 3', async () => {
    const a = area0.id;
    const q = area0.questions[0]!.id;
    expect(
      await invalid((f) => {
        (f.areas as Record<string, { spread: { max: number } }>)[a]!.spread.max = 7;
      }),
    ).toBe('invalid');
    expect(
      await invalid((f) => {
        (f.areas as Record<string, { spread: { min: number } }>)[a]!.spread.min = 4.9;
      }),
    ).toBe('invalid');
    expect(
      await invalid((f) => {
        const x = (f.questions as Record<string, { below2: number; below3: number }>)[q]!;
        x.below2 = x.below3 + 1;
      }),
    ).toBe('invalid');
  });
});
