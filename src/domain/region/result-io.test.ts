import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realQuestionnaire } from '../../test/sample';
import { resultFor } from './fixtures/results';
import { readResultFile, resultFileName, resultFileText, writeResultFile } from './result-io';
import { MAX_RESULT_FILE_BYTES } from './result-limits';

const bank = realQuestionnaire();
const file = resultFor(bank, 1, {
  identity: { kind: 'kommun', kommunCode: '1480', name: 'Göteborg', kommungrupp: 'A1' },
});

async function text(data: unknown = file): Promise<string> {
  return `${JSON.stringify(data, null, 2)}\n`;
}

const errorOf = async (input: string | Uint8Array, password?: string) => {
  const r = await readResultFile(input, password === undefined ? {} : { password });
  return r.ok ? null : r.error;
};

describe('result file: write and read', () => {
  it('reads back what it wrote, as bytes and as text, and writes the same bytes twice', async () => {
    const w = await writeResultFile(file);
    if (!w.ok) throw new Error('not written');
    expect(await readResultFile(new TextEncoder().encode(w.text))).toEqual({
      ok: true,
      file,
      encrypted: false,
    });
    expect(await readResultFile(`\uFEFF${w.text}`)).toEqual({ ok: true, file, encrypted: false });
    const again = await writeResultFile(structuredClone(file));
    expect(again.ok && again.text).toBe(w.text);
    expect(w.text.length).toBeLessThan(10_000);
  });

  it('shows before saving exactly the text it saves (the send page displays resultFileText)', async () => {
    const w = await writeResultFile(file);
    expect(w.ok && w.text).toBe(resultFileText(file));
  });

  it('encrypts with a password, and asks for it before anything is read', async () => {
    const w = await writeResultFile(file, { password: 'länets lösenord för resultat' });
    if (!w.ok) throw new Error('not written');
    expect(w.text).not.toContain('Göteborg');
    expect(await errorOf(w.text)).toEqual({ kind: 'needs-password' });
    expect(await errorOf(w.text, 'fel')).toEqual({ kind: 'wrong-password-or-damaged' });
    expect(await readResultFile(w.text, { password: 'länets lösenord för resultat' })).toEqual({
      ok: true,
      file,
      encrypted: true,
    });
    expect(await writeResultFile(file, { password: '' })).toEqual({
      ok: false,
      error: { kind: 'empty-password' },
    });
  });

  it('names the file by code only, or by län and group only', () => {
    expect(resultFileName(file)).toBe('resultat-1480-2026-11-01.lisresultat');
    expect(resultFileName(resultFor(bank, 2))).toBe('resultat-lan-14-C8-2026-11-01.lisresultat');
  });
});

describe('result file: hostile and wrong files', () => {
  it('refuses a file too large before reading it', async () => {
    const big = new Uint8Array(MAX_RESULT_FILE_BYTES + 1);
    expect(await errorOf(big)).toMatchObject({ kind: 'too-large' });
  });

  it('refuses empty, broken, deep and huge JSON by shape before parsing', async () => {
    expect(await errorOf('  ')).toEqual({ kind: 'empty' });
    expect(await errorOf('{"format": "lis-stegen-resultat",')).toEqual({ kind: 'not-json' });
    expect(await errorOf(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual({ kind: 'not-json' });
    expect(await errorOf('['.repeat(100) + ']'.repeat(100))).toEqual({ kind: 'too-deep' });
    expect(await errorOf(`[${'0,'.repeat(20_000)}0]`)).toEqual({ kind: 'too-many' });
  });

  it('tells a share file apart from a result file, and refuses it', async () => {
    const share = readFileSync(join(import.meta.dirname, '../exchange/fixtures/v2-full.lisstegen'));
    expect(await errorOf(share)).toEqual({ kind: 'share-file' });
    expect(await errorOf('{"format": "något annat"}')).toEqual({ kind: 'not-lis-file' });
  });

  it('refuses a newer format version and a broken one', async () => {
    expect(await errorOf(await text({ ...file, formatVersion: 2 }))).toEqual({
      kind: 'too-new',
      fileVersion: 2,
      supportedVersion: 1,
    });
    expect(await errorOf(await text({ ...file, formatVersion: '1' }))).toMatchObject({ kind: 'invalid' });
  });

  it('refuses any free text: a note, a reason, an unknown key, a name that is not the code’s', async () => {
    const cases: unknown[] = [
      { ...file, note: 'hemligt' },
      { ...file, answers: { ...file.answers, 'sty-01': { kind: 'not-applicable', reason: 'hemligt' } } },
      { ...file, answers: { ...file.answers, 'sty-01': 'hemligt' } },
      { ...file, identity: { ...file.identity, name: 'Anna Åberg' } },
      { ...file, identity: { kind: 'grupp', lan: '14', kommungrupp: 'C8', name: 'Ale' } },
      { ...file, plan: { ...file.plan, openActions: ['Köp brandvägg av X AB'] } },
      { ...file, plan: { ...file.plan, openActions: ['a', 'a'] } },
      { ...file, answers: { ...file.answers, 'sty-01': 6 } },
      { ...file, sender: 'Anna' },
      { ...file, identity: { kind: 'kommun', kommunCode: '9999', name: 'X', kommungrupp: null } },
    ];
    for (const c of cases)
      expect(await errorOf(await text(c)), JSON.stringify(c).slice(-120)).toMatchObject({ kind: 'invalid' });
  });

  it('refuses prototype keys anywhere, also as map keys', async () => {
    const raw = (await text()).replace('"answers": {', '"answers": {"__proto__": 1,');
    expect(await errorOf(raw)).toEqual({
      kind: 'invalid',
      issues: [{ path: 'answers.__proto__', message: 'Forbidden key' }],
    });
    const constructor = await text({ ...file, targets: { ...file.targets, constructor: 2 } });
    expect(await errorOf(constructor)).toMatchObject({ kind: 'invalid' });
  });
});
