import { FORMAT_VERSION } from './bundle';
import { describe, expect, it, vi } from 'vitest';
import { encryptText } from './crypto';
import { fullBundle } from './fixtures/full-bundle';
import { readShareFile, type ReadOptions } from './parse';
import { serializeBundle } from './serialize';
import { fromBase64, toBase64 } from './base64';

const MB = 1_000_000;
const encode = (text: string) => new TextEncoder().encode(text);
const plainText = () => serializeBundle(fullBundle());

async function errorOf(input: Uint8Array | string, options?: ReadOptions) {
  const result = await readShareFile(input, options);
  return result.ok ? { ok: true } : result.error;
}

/** An encrypted file as an object, to tamper with. */
async function encryptedFile(password = 'rätt lösenord') {
  return JSON.parse(await encryptText(plainText(), password)) as {
    formatVersion: number;
    kdf: { iterations: number; salt: string };
    cipher: { iv: string };
    ciphertext: string;
    [key: string]: unknown;
  };
}

function flipByte(base64: string, at: number): string {
  const bytes = fromBase64(base64)!;
  bytes[at] = bytes[at]! ^ 0x01;
  return toBase64(bytes);
}

describe('hostile and broken files', { timeout: 60_000 }, () => {
  it('rejects something that is not JSON', async () => {
    expect(await errorOf(encode('Hej, här är filen!'))).toEqual({ kind: 'not-json' });
  });

  it('rejects an empty file', async () => {
    expect(await errorOf(new Uint8Array(0))).toEqual({ kind: 'empty' });
    expect(await errorOf('')).toEqual({ kind: 'empty' });
  });

  it('rejects a file of only whitespace', async () => {
    expect(await errorOf(encode('  \n\t\r\n  '))).toEqual({ kind: 'empty' });
  });

  it('rejects truncated JSON', async () => {
    const text = plainText();
    expect(await errorOf(encode(text.slice(0, text.length / 2)))).toEqual({ kind: 'not-json' });
  });

  it('rejects 50 MB by size before decoding anything', async () => {
    // Invalid UTF-8 throughout: had it been decoded first, the error would be not-json.
    const bytes = new Uint8Array(50 * MB).fill(0xff);
    expect(await errorOf(bytes)).toEqual({ kind: 'too-large', bytes: 50 * MB, limit: 20 * MB });
  });

  it('measures text input in UTF-8 bytes, and honours a custom limit', async () => {
    expect(await errorOf('å'.repeat(11 * MB))).toEqual({ kind: 'too-large', bytes: 22 * MB, limit: 20 * MB });
    expect(await errorOf(plainText(), { maxBytes: 1000 })).toMatchObject({ kind: 'too-large', limit: 1000 });
  });

  it('rejects valid JSON that is not a LIS-stegen file', async () => {
    for (const text of ['[]', 'null', '42', '"lis-stegen"', '{}', '{"type":"excalidraw","version":2}']) {
      expect(await errorOf(encode(text)), text).toEqual({ kind: 'not-lis-file' });
    }
    const wrongFormat = { ...fullBundle(), format: 'lis-stegen-v2' };
    expect(await errorOf(encode(JSON.stringify(wrongFormat)))).toEqual({ kind: 'not-lis-file' });
  });

  it('names both versions for a file from a newer app', async () => {
    const newer = { ...fullBundle(), formatVersion: FORMAT_VERSION + 1, somethingNew: true };
    expect(await errorOf(encode(JSON.stringify(newer)))).toEqual({
      kind: 'too-new',
      fileVersion: FORMAT_VERSION + 1,
      supportedVersion: FORMAT_VERSION,
    });
  });

  it('says an encrypted file from a newer app is too new, before asking for a password', async () => {
    const file = { ...(await encryptedFile()), formatVersion: 7 };
    expect(await errorOf(JSON.stringify(file))).toEqual({
      kind: 'too-new',
      fileVersion: 7,
      supportedVersion: 1,
    });
  });

  it('rejects a format version that is not a positive integer', async () => {
    for (const formatVersion of [0, -1, 1.5, '1', null]) {
      const error = await errorOf(JSON.stringify({ ...fullBundle(), formatVersion }));
      expect(error, String(formatVersion)).toMatchObject({
        kind: 'invalid',
        issues: [{ path: 'formatVersion' }],
      });
    }
  });

  it('rejects arrays nested 100,000 deep without overflowing the stack', async () => {
    const depth = 100_000;
    expect(await errorOf(encode('['.repeat(depth) + ']'.repeat(depth)))).toEqual({ kind: 'too-deep' });
    expect(await errorOf('{"a":'.repeat(depth) + '1' + '}'.repeat(depth))).toEqual({ kind: 'too-deep' });
    expect(await errorOf('['.repeat(depth))).toEqual({ kind: 'too-deep' });
  });

  it('does not count brackets inside text as nesting', async () => {
    const bundle = fullBundle();
    bundle.answers[0]!.note = '[{'.repeat(1000) + '\\"[';
    const result = await readShareFile(serializeBundle(bundle));
    expect(result.ok && result.bundle).toEqual(bundle);
  });

  it('rejects a 10 MB note as invalid, naming where it is', async () => {
    const data = fullBundle();
    data.answers[0]!.note = 'x'.repeat(10 * MB);
    const error = await errorOf(encode(JSON.stringify(data)));
    expect(error).toEqual({
      kind: 'invalid',
      issues: [{ path: 'answers.0.note', message: expect.any(String) }],
    });
  });

  it.each([
    ['the top level', (t: string) => t.replace('{\n', '{\n  "__proto__": {"polluted": true},\n')],
    [
      'the assessment',
      (t: string) => t.replace('"assessment": {', '"assessment": {"__proto__": {"polluted": true},'),
    ],
    [
      'a record of targets',
      (t: string) => t.replace('"targets": {', '"targets": {"__proto__": {"polluted": true},'),
    ],
    [
      'an answer',
      (t: string) => t.replace('"answers": [\n    {', '"answers": [{"__proto__": {"polluted": true},'),
    ],
    ['earlier levels', (t: string) => t.replace('"levels": {', '"levels": {"__proto__": {"polluted": 1},')],
  ])('rejects a __proto__ key in %s without polluting anything', async (_where, tamper) => {
    const text = tamper(plainText());
    expect(text).toContain('__proto__');
    const error = await errorOf(encode(text));
    expect(error).toMatchObject({ kind: 'invalid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each(['constructor', 'prototype'])('rejects a %s key, also as a target area id', async (key) => {
    const payload = `{"prototype": {"polluted": true}, "level": 2, "reason": ""}`;
    const topLevel = plainText().replace('{\n', `{\n  "${key}": ${payload},\n`);
    const inTargets = plainText().replace('"targets": {', `"targets": {"${key}": ${payload},`);
    expect(await errorOf(topLevel)).toMatchObject({ kind: 'invalid' });
    expect(await errorOf(inTargets)).toMatchObject({ kind: 'invalid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a plan position outside ±10⁹, and keeps the fractions and negatives merges make', async () => {
    const bundle = fullBundle();
    bundle.actions[0]!.order = 1e10;
    expect(await errorOf(JSON.stringify(bundle))).toMatchObject({
      kind: 'invalid',
      issues: [{ path: 'actions.0.order' }],
    });
    bundle.actions[0]!.order = -2.5;
    expect(await errorOf(JSON.stringify(bundle))).toEqual({ ok: true });
  });

  it('refuses millions of empty objects in answers before parsing them', async () => {
    const text = plainText().replace('"answers": [', `"answers": [${'{},'.repeat(6_000_000)}`);
    expect(await errorOf(text)).toEqual({ kind: 'too-many' });
  });

  it('refuses a million keys in targets before parsing them (the validator once overflowed its stack)', async () => {
    const keys = Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":{}`).join(',');
    const text = plainText().replace('"targets": {', `"targets": {${keys},`);
    expect(await errorOf(text)).toEqual({ kind: 'too-many' });
  });

  it('refuses millions of values in lists that each stay within the entry limit, before parsing them', async () => {
    const list = `[${'{},'.repeat(9_998)}{}]`;
    const text = `{"format":"lis-stegen","formatVersion":2,"answers":[${`${list},`.repeat(600)}${list}]}`;
    const parse = vi.spyOn(JSON, 'parse');
    expect(await errorOf(text)).toEqual({ kind: 'too-many' });
    expect(parse).not.toHaveBeenCalled();
  });

  it('stops validating at the issues it shows, and names the first ones', async () => {
    const bundle = fullBundle();
    const broken = { ...bundle.answers[0]!, flagged: 'ja' };
    const answers = Array.from({ length: 5000 }, (_, i) => ({ ...broken, questionId: `q-${i}` }));
    const result = await readShareFile(JSON.stringify({ ...bundle, answers }));
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.error.issues).toHaveLength(20);
    expect(result.error.issues[0]).toEqual({ path: 'answers.0.flagged', message: expect.any(String) });
    expect(result.error.issues[19]!.path).toBe('answers.19.flagged');
  });

  it('accepts script and HTML in text, verbatim, as text', async () => {
    const bundle = fullBundle();
    bundle.assessment.organisation = '<img src=x onerror=alert(1)>';
    bundle.actions[0]!.title = '<script>alert("x")</script>';
    bundle.answers[0]!.note = '"><svg onload=alert(1)> {{constructor.constructor("alert(1)")()}}';
    const result = await readShareFile(serializeBundle(bundle));
    expect(result.ok && result.bundle).toEqual(bundle);
  });

  it('rejects a wrong password', async () => {
    const file = JSON.stringify(await encryptedFile('rätt lösenord'));
    expect(await errorOf(file, { password: 'fel lösenord' })).toEqual({ kind: 'wrong-password-or-damaged' });
    expect(await errorOf(file, { password: 'rätt lösenord ' })).toEqual({
      kind: 'wrong-password-or-damaged',
    });
  });

  it('rejects a tampered ciphertext with the same error', async () => {
    const file = await encryptedFile();
    for (const at of [0, 100, fromBase64(file.ciphertext)!.length - 1]) {
      const tampered = JSON.stringify({ ...file, ciphertext: flipByte(file.ciphertext, at) });
      expect(await errorOf(tampered, { password: 'rätt lösenord' })).toEqual({
        kind: 'wrong-password-or-damaged',
      });
    }
    const truncated = JSON.stringify({ ...file, ciphertext: file.ciphertext.slice(0, -8) });
    expect(await errorOf(truncated, { password: 'rätt lösenord' })).toEqual({
      kind: 'wrong-password-or-damaged',
    });
  });

  it('rejects a tampered header (iterations, salt, IV, extra keys) with the same error', async () => {
    const file = await encryptedFile();
    const tampered = [
      { ...file, kdf: { ...file.kdf, iterations: file.kdf.iterations + 1 } },
      { ...file, kdf: { ...file.kdf, salt: flipByte(file.kdf.salt, 3) } },
      { ...file, cipher: { ...file.cipher, iv: flipByte(file.cipher.iv, 0) } },
      { ...file, kdf: { ...file.kdf, iterations: 1000 } },
      { ...file, kdf: { ...file.kdf, hash: 'SHA-1' } },
      { ...file, comment: 'harmless?' },
      { ...file, ciphertext: 'inte base64!' },
    ];
    for (const t of tampered)
      expect(await errorOf(JSON.stringify(t), { password: 'rätt lösenord' })).toEqual({
        kind: 'wrong-password-or-damaged',
      });
  });

  it('refuses an absurd iteration count without trying to derive a key', async () => {
    const file = await encryptedFile();
    const slow = JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 1e12 } });
    const derive = vi.spyOn(globalThis.crypto.subtle, 'deriveKey');
    expect(await errorOf(slow, { password: 'rätt lösenord' })).toEqual({ kind: 'wrong-password-or-damaged' });
    expect(derive).not.toHaveBeenCalled();
  });

  it('asks for a password when an encrypted file is opened without one', async () => {
    const file = JSON.stringify(await encryptedFile());
    expect(await errorOf(file)).toEqual({ kind: 'needs-password' });
    expect(await errorOf(file, { password: '' })).toEqual({ kind: 'needs-password' });
  });

  it('rejects invalid UTF-8', async () => {
    expect(await errorOf(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]))).toEqual({ kind: 'not-json' });
    // Latin-1 "å" (0xE5) inside an otherwise valid file: it would silently turn into U+FFFD if decoded loosely.
    const latin1 = encode(plainText().replace('Ekby kommun', 'Ekby kommun X'));
    latin1[latin1.indexOf(0x58)] = 0xe5;
    expect(await errorOf(latin1)).toEqual({ kind: 'not-json' });
  });

  it('never throws, whatever the bytes', async () => {
    const source = encode(plainText());
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round++) {
      const bytes = source.slice(0, Math.floor(random() * source.length) + 1);
      for (let i = 0; i < 3; i++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const result = await readShareFile(bytes);
      expect(typeof result.ok).toBe('boolean');
    }
  });
});
