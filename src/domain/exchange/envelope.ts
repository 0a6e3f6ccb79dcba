import { z } from '../zod';
import { BASE64_PATTERN, fromBase64 } from './base64';
import { canonicalJson } from './canonical-json';

export const ENCRYPTED_FORMAT = 'lis-stegen-encrypted';
export const ENCRYPTED_FORMAT_VERSION = 1;

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
/**
 * Every version of the app has written 600,000, so a file with fewer was not written by it: a lower
 * count only makes a stolen file cheaper to attack. Lower this only for a documented older version
 * that wrote less.
 */
export const MIN_ITERATIONS = PBKDF2_ITERATIONS;
/** Above this, deriving the key would hang the browser: a hostile file could name any count. */
export const MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** Generous: the file-size limit is what really bounds the ciphertext. */
const MAX_CIPHERTEXT_CHARS = 64 * 1024 * 1024;
/** An AES-GCM ciphertext is at least its 16-byte tag, 24 base64 characters. */
const MIN_CIPHERTEXT_CHARS = 24;

/** Base64 that decodes to exactly `bytes` bytes (a length check on the text alone lets 18 bytes pass as 16). */
const base64Bytes = (bytes: number) =>
  z
    .string()
    .length(4 * Math.ceil(bytes / 3))
    .regex(BASE64_PATTERN, 'Expected base64')
    .refine((s) => fromBase64(s)?.length === bytes, `Expected ${bytes} bytes in base64`);
const base64 = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(BASE64_PATTERN, 'Expected base64')
    .refine((s) => s.length % 4 === 0, 'Expected base64');

export const envelopeHeaderSchema = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  formatVersion: z.literal(ENCRYPTED_FORMAT_VERSION),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
    salt: base64Bytes(SALT_BYTES),
  }),
  cipher: z.strictObject({
    name: z.literal('AES-GCM'),
    iv: base64Bytes(IV_BYTES),
  }),
});

export const encryptedEnvelopeSchema = envelopeHeaderSchema
  .extend({ ciphertext: base64(MIN_CIPHERTEXT_CHARS, MAX_CIPHERTEXT_CHARS) })
  .meta({
    title: 'LIS-stegen encrypted share file',
    description: 'A plain share file encrypted with a password. See docs/file-format.md.',
  });

export type EnvelopeHeader = z.output<typeof envelopeHeaderSchema>;
export type EncryptedEnvelope = z.output<typeof encryptedEnvelopeSchema>;

/**
 * The header as authenticated data: canonical JSON of everything except the ciphertext. Changing any
 * parameter in the file (iterations, salt, IV, version) makes decryption fail, even where the change
 * alone would not.
 */
export function additionalData(envelope: EnvelopeHeader): Uint8Array<ArrayBuffer> {
  const { format, formatVersion, kdf, cipher } = envelope;
  return new TextEncoder().encode(canonicalJson({ format, formatVersion, kdf, cipher }));
}
