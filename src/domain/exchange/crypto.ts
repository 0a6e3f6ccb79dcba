import { fromBase64, toBase64 } from './base64';
import {
  ENCRYPTED_FORMAT,
  ENCRYPTED_FORMAT_VERSION,
  IV_BYTES,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
  additionalData,
  type EncryptedEnvelope,
} from './envelope';

/**
 * Encrypts a plain share-file text with a password and returns the encrypted file text. The password
 * is used once to derive the key and is never stored or returned.
 */
export async function encryptText(plaintext: string, password: string): Promise<string> {
  if (password === '') throw new RangeError('The password must not be empty');
  const iterations = PBKDF2_ITERATIONS;
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = {
    format: ENCRYPTED_FORMAT,
    formatVersion: ENCRYPTED_FORMAT_VERSION,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
  } as const;
  const key = await deriveKey(password, salt, iterations, 'encrypt');
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(header), tagLength: 128 },
    key,
    new TextEncoder().encode(plaintext),
  );
  const envelope: EncryptedEnvelope = { ...header, ciphertext: toBase64(new Uint8Array(ciphertext)) };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * The plaintext bytes, or null. A wrong password, a changed ciphertext and a changed header are
 * indistinguishable by design (AES-GCM only says "not authentic"), so there is one failure.
 */
export async function decryptEnvelope(
  envelope: EncryptedEnvelope,
  password: string,
): Promise<Uint8Array | null> {
  const salt = fromBase64(envelope.kdf.salt);
  const iv = fromBase64(envelope.cipher.iv);
  const ciphertext = fromBase64(envelope.ciphertext);
  if (!salt || !iv || !ciphertext) return null;
  try {
    const key = await deriveKey(password, salt, envelope.kdf.iterations, 'decrypt');
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(envelope), tagLength: 128 },
      key,
      ciphertext,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

async function deriveKey(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  // NFC: "å" typed on one system may arrive decomposed on another; both must open the file.
  const secret = new TextEncoder().encode(password.normalize('NFC'));
  const material = await crypto.subtle.importKey('raw', secret, 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}
