import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readShareFile } from './parse';

/**
 * The encrypted envelope tested by behaviour. Envelopes are built here with Web Crypto directly
 * (not with the app's `encryptText`), so each file is authentic for its parameters and would open if
 * the reader did not enforce the rule under test.
 */

const FIXTURES = new URL('./fixtures/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
/** The frozen encrypted fixture was written by version 1 from `v1-full.lisstegen` with this password. */
const FIXTURE_PASSWORD = 'Ekby kommun testar 2026';

const PASSWORD = 'en lång lösenfras för testet';
const plainText = () => new TextDecoder().decode(fixture('v1-full.lisstegen'));
const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** Canonical JSON (sorted keys, no spaces), written out independently of canonical-json.ts. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

type Params = { iterations: number; salt?: Uint8Array<ArrayBuffer>; iv?: Uint8Array<ArrayBuffer> };

async function buildEnvelope({ iterations, salt, iv }: Params): Promise<string> {
  const s = salt ?? crypto.getRandomValues(new Uint8Array(16));
  const v = iv ?? crypto.getRandomValues(new Uint8Array(12));
  const header = {
    format: 'lis-stegen-encrypted',
    formatVersion: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: b64(s) },
    cipher: { name: 'AES-GCM', iv: b64(v) },
  };
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(PASSWORD), 'PBKDF2', false, [
    'deriveKey',
  ]);
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: s, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: v, additionalData: new TextEncoder().encode(canonical(header)), tagLength: 128 },
    key,
    new TextEncoder().encode(plainText()),
  );
  return JSON.stringify({ ...header, ciphertext: b64(new Uint8Array(ciphertext)) });
}

const open = async (file: string | Uint8Array, password = PASSWORD) => {
  const result = await readShareFile(file, { password });
  return result.ok ? 'opened' : result.error.kind;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the frozen encrypted fixture', { timeout: 60_000 }, () => {
  it('opens with its known password and gives the same assessment as the plain fixture', async () => {
    const plain = await readShareFile(fixture('v1-full.lisstegen'));
    const encrypted = await readShareFile(fixture('v1-encrypted.lisstegen'), { password: FIXTURE_PASSWORD });
    expect(plain.ok).toBe(true);
    expect(encrypted).toEqual({ ...plain, encrypted: true });
  });

  it('does not open with another password', async () => {
    expect(await open(fixture('v1-encrypted.lisstegen'), 'Ekby kommun testar 2025')).toBe(
      'wrong-password-or-damaged',
    );
  });
});

describe('iteration floor and ceiling', { timeout: 60_000 }, () => {
  it('opens a file with 600,000 iterations, what the app writes', async () => {
    expect(await open(await buildEnvelope({ iterations: 600_000 }))).toBe('opened');
  });

  it('refuses an authentic file with 599,999 iterations: the app never wrote fewer', async () => {
    expect(await open(await buildEnvelope({ iterations: 599_999 }))).toBe('wrong-password-or-damaged');
  });

  it('derives a key for 10,000,000 iterations but refuses 10,000,001 without deriving one', async () => {
    // Deriving 10 million iterations for real takes seconds; what matters is whether the reader
    // tries. The header is authentic for 600,000, then edited: the spy sees what the reader asks for.
    const file = JSON.parse(await buildEnvelope({ iterations: 600_000 })) as { kdf: { iterations: number } };
    const derive = vi.spyOn(crypto.subtle, 'deriveKey').mockRejectedValue(new Error('not in this test'));
    const withCount = (iterations: number) => JSON.stringify({ ...file, kdf: { ...file.kdf, iterations } });

    expect(await open(withCount(10_000_000))).toBe('wrong-password-or-damaged');
    expect(derive).toHaveBeenCalledTimes(1);
    expect(derive.mock.calls[0]![0]).toMatchObject({ iterations: 10_000_000 });

    expect(await open(withCount(10_000_001))).toBe('wrong-password-or-damaged');
    expect(await open(withCount(1e12))).toBe('wrong-password-or-damaged');
    expect(derive).toHaveBeenCalledTimes(1);
  });
});

describe('salt and IV are counted in decoded bytes', { timeout: 60_000 }, () => {
  it('refuses an authentic file whose salt is 18 bytes in 24 base64 characters', async () => {
    const salt = crypto.getRandomValues(new Uint8Array(18));
    expect(b64(salt)).toHaveLength(24);
    expect(await open(await buildEnvelope({ iterations: 600_000, salt }))).toBe('wrong-password-or-damaged');
  });

  it('refuses an IV of 11 bytes in 16 base64 characters before deriving a key', async () => {
    // Node's AES-GCM will not encrypt with an 11-byte IV, so this file is authentic except for it.
    const file = JSON.parse(await buildEnvelope({ iterations: 600_000 })) as { cipher: { iv: string } };
    const iv = b64(new Uint8Array(11));
    expect(iv).toHaveLength(16);
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    expect(await open(JSON.stringify({ ...file, cipher: { ...file.cipher, iv } }))).toBe(
      'wrong-password-or-damaged',
    );
    expect(derive).not.toHaveBeenCalled();
  });
});
