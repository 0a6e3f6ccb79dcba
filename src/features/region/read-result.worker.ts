/**
 * Reads result files off the main thread, one message per file: decoding, the shape scan,
 * JSON.parse, decryption and validation run here, so no file can freeze the page.
 * result-reader.ts starts it once per import, bounds each file's time and ends it.
 */
import { readResultFile } from '../../domain/region';

export type ResultReadRequest = { id: number; bytes: Uint8Array; password?: string };

self.onmessage = async (event: MessageEvent<ResultReadRequest>) => {
  const { id, bytes, password } = event.data;
  const result = await readResultFile(bytes, password === undefined ? {} : { password });
  self.postMessage({ id, result });
};
