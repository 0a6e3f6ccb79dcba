import { describe, expect, it } from 'vitest';
import { fromBase64 } from './base64';
import { decryptEnvelope, encryptText } from './crypto';
import { encryptedEnvelopeSchema } from './envelope';

const secret = 'Känslig text: Åsa, nivå 2 🔐';

async function envelopeOf(text: string, password: string) {
  return encryptedEnvelopeSchema.parse(JSON.parse(await encryptText(text, password)));
}

describe('encryption', { timeout: 60_000 }, () => {
  it('writes the documented envelope and nothing readable', async () => {
    const file = await encryptText(secret, 'hemligt-lösenord');
    const envelope = JSON.parse(file) as Record<string, unknown>;
    expect(Object.keys(envelope)).toEqual(['format', 'formatVersion', 'kdf', 'cipher', 'ciphertext']);
    expect(envelope).toMatchObject({
      format: 'lis-stegen-encrypted',
      formatVersion: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
      cipher: { name: 'AES-GCM' },
    });
    const parsed = encryptedEnvelopeSchema.parse(envelope);
    expect(fromBase64(parsed.kdf.salt)).toHaveLength(16);
    expect(fromBase64(parsed.cipher.iv)).toHaveLength(12);
    // 16 bytes of GCM tag on top of the UTF-8 plaintext.
    expect(fromBase64(parsed.ciphertext)).toHaveLength(new TextEncoder().encode(secret).length + 16);
    expect(file).not.toContain('Åsa');
    expect(file).not.toContain('hemligt');
  });

  it('uses a fresh salt and IV every time', async () => {
    const a = await envelopeOf(secret, 'pw');
    const b = await envelopeOf(secret, 'pw');
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it('decrypts with the right password only', async () => {
    const envelope = await envelopeOf(secret, 'rätt');
    expect(new TextDecoder().decode((await decryptEnvelope(envelope, 'rätt'))!)).toBe(secret);
    expect(await decryptEnvelope(envelope, 'fel')).toBeNull();
    expect(await decryptEnvelope(envelope, '')).toBeNull();
  });

  it('treats a composed and a decomposed "å" in the password as the same', async () => {
    const envelope = await envelopeOf(secret, 'p\u00e5');
    expect(await decryptEnvelope(envelope, 'pa\u030a')).not.toBeNull();
  });

  it('refuses an empty password', async () => {
    await expect(encryptText(secret, '')).rejects.toThrow(RangeError);
  });
});
