import { readResultFile, type ResultReadResult } from '../../domain/region';
import type { ResultReadRequest } from './read-result.worker';

/** A result file reads in milliseconds, an encrypted one in about a second; this is far beyond both. */
export const READ_TIME_LIMIT_MS = 30_000;

type Reply = { id: number; result: ResultReadResult };

export type ResultReader = {
  read(bytes: Uint8Array, password?: string): Promise<ResultReadResult>;
  close(): void;
};

function startWorker(): Worker {
  // Bundled as a same-origin module chunk (CSP worker-src 'self') and precached, so it works offline.
  return new Worker(new URL('./read-result.worker.ts', import.meta.url), {
    type: 'module',
    name: 'read-result-file',
  });
}

/**
 * Reads result files one at a time in one Web Worker that is reused for the whole import (hundreds
 * of files would otherwise start hundreds of workers). A file that takes longer than the limit ends
 * the worker, is refused, and the next file gets a fresh one. Never rejects. Where the browser has no
 * Worker (unit tests), reads on the main thread.
 */
export function createResultReader(timeLimitMs = READ_TIME_LIMIT_MS): ResultReader {
  if (typeof Worker === 'undefined')
    return {
      read: (bytes, password) => readResultFile(bytes, password === undefined ? {} : { password }),
      close: () => undefined,
    };
  let worker: Worker | null = null;
  let next = 0;
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  return {
    read(bytes, password) {
      return new Promise((resolve) => {
        const id = ++next;
        try {
          worker ??= startWorker();
        } catch {
          resolve({ ok: false, error: { kind: 'read-failed' } });
          return;
        }
        const current = worker;
        const finish = (result: ResultReadResult) => {
          clearTimeout(timer);
          current.onmessage = null;
          current.onerror = null;
          resolve(result);
        };
        const timer = setTimeout(() => {
          stop();
          finish({ ok: false, error: { kind: 'timed-out', seconds: Math.round(timeLimitMs / 1000) } });
        }, timeLimitMs);
        current.onmessage = (event: MessageEvent<Reply>) => {
          if (event.data.id === id) finish(event.data.result);
        };
        current.onerror = () => {
          stop();
          finish({ ok: false, error: { kind: 'read-failed' } });
        };
        const request: ResultReadRequest = password === undefined ? { id, bytes } : { id, bytes, password };
        current.postMessage(request, [bytes.buffer]);
      });
    },
    close: stop,
  };
}
