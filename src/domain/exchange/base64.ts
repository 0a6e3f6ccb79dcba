/** Standard base64 with padding; `btoa`/`atob` exist in browsers and in Node 20. */
export const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
/** Spreading more arguments than this into `String.fromCharCode` can exceed engine limits. */
const CHUNK = 0x8000;

export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && BASE64_PATTERN.test(text);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The decoded bytes, or null for anything that is not strict base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!isBase64(text)) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
