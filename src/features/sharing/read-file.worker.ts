/**
 * Reads a share file off the main thread: decoding, the shape scan, JSON.parse, decryption and
 * validation all run here, so a hostile or huge file can cost this worker seconds and memory but
 * never freezes the page. read-in-worker.ts starts it, bounds its time and ends it.
 */
import { readShareFile, type ReadOptions } from '../../domain/exchange';

export type ReadRequest = { bytes: Uint8Array; options: ReadOptions };

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const result = await readShareFile(event.data.bytes, event.data.options);
  self.postMessage(result);
};
