import { readShareFile, type ReadOptions, type ReadResult } from '../../domain/exchange';
import type { ReadRequest } from './read-file.worker';

/**
 * A real file opens in a second or two, even encrypted on a slow laptop (600,000 PBKDF2
 * iterations); a file still unread after this is refused rather than left to run.
 */
export const READ_TIME_LIMIT_MS = 30_000;

/** The part of a Worker this module uses, so a test can hand in one that never answers. */
export type ReaderWorker = {
  postMessage(message: ReadRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ReadResult>) => void) | null;
  onerror: ((event: Event) => void) | null;
};

export type ReadInWorkerOptions = {
  timeLimitMs?: number;
  /** Defaults to the bundled read-file worker; null where the browser has no Worker (jsdom). */
  createWorker?: (() => ReaderWorker) | null;
};

function bundledWorker(): ReaderWorker {
  // Vite bundles the worker as its own same-origin module chunk (CSP worker-src 'self'), and the
  // service worker precaches it with the other scripts, so this also works offline.
  return new Worker(new URL('./read-file.worker.ts', import.meta.url), {
    type: 'module',
    name: 'read-share-file',
  }) as ReaderWorker;
}

const defaultCreate = typeof Worker === 'undefined' ? null : bundledWorker;

/**
 * readShareFile in a Web Worker with a time limit: the page keeps answering input whatever the
 * file holds. The worker is ended when it answers, fails or runs out of time, so a hostile file
 * gives back its memory at once. Never rejects.
 */
export function readInWorker(
  bytes: Uint8Array,
  options: ReadOptions = {},
  { timeLimitMs = READ_TIME_LIMIT_MS, createWorker = defaultCreate }: ReadInWorkerOptions = {},
): Promise<ReadResult> {
  if (!createWorker) return readShareFile(bytes, options);
  return new Promise((resolve) => {
    let worker: ReaderWorker;
    try {
      worker = createWorker();
    } catch {
      resolve({ ok: false, error: { kind: 'read-failed' } });
      return;
    }
    const finish = (result: ReadResult) => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, error: { kind: 'timed-out', seconds: Math.round(timeLimitMs / 1000) } }),
      timeLimitMs,
    );
    worker.onmessage = (event) => finish(event.data);
    // The worker's own code never throws; an error here means it could not start or ran out of memory.
    worker.onerror = () => finish({ ok: false, error: { kind: 'read-failed' } });
    worker.postMessage({ bytes, options });
  });
}
