/** Strict UTF-8: an invalid byte sequence is an error, not a silent U+FFFD. A leading BOM is dropped. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The UTF-8 size of a string without encoding it (a hostile string may be huge). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3; // other BMP characters, and lone surrogates (encoded as U+FFFD)
  }
  return bytes;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
