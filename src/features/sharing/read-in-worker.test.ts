import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadResult } from '../../domain/exchange';
import { readInWorker, type ReaderWorker } from './read-in-worker';

/** A stand-in for the Web Worker: records what it was sent and whether it was ended. */
function fakeWorker(answer?: (w: ReaderWorker) => void) {
  const sent: unknown[] = [];
  let terminated = 0;
  const worker: ReaderWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      sent.push(message);
      if (answer) queueMicrotask(() => answer(worker));
    },
    terminate() {
      terminated++;
    },
  };
  return { worker, sent, terminated: () => terminated };
}

const text = (s: string) => new TextEncoder().encode(s);

afterEach(() => {
  vi.useRealTimers();
});

describe('readInWorker', () => {
  it('gives back what the worker answers, and ends the worker', async () => {
    const answer: ReadResult = { ok: false, error: { kind: 'not-lis-file' } };
    const fake = fakeWorker((w) => w.onmessage?.({ data: answer } as MessageEvent<ReadResult>));
    const bytes = text('{}');
    const result = await readInWorker(bytes, { password: 'x' }, { createWorker: () => fake.worker });
    expect(result).toEqual(answer);
    expect(fake.sent).toEqual([{ bytes, options: { password: 'x' } }]);
    expect(fake.terminated()).toBe(1);
  });

  it('refuses a file the worker has not read within the time limit, and stops the worker', async () => {
    vi.useFakeTimers();
    const fake = fakeWorker();
    const pending = readInWorker(text('{}'), {}, { createWorker: () => fake.worker, timeLimitMs: 5000 });
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(4999);
    expect(settled).toBe(false);
    expect(fake.terminated()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ ok: false, error: { kind: 'timed-out', seconds: 5 } });
    expect(fake.terminated()).toBe(1);
  });

  it('reports a worker that fails or cannot start as a file that could not be read', async () => {
    const failing = fakeWorker((w) => w.onerror?.(new Event('error')));
    expect(await readInWorker(text('{}'), {}, { createWorker: () => failing.worker })).toEqual({
      ok: false,
      error: { kind: 'read-failed' },
    });
    expect(failing.terminated()).toBe(1);
    const throwing = () => {
      throw new Error('no workers here');
    };
    expect(await readInWorker(text('{}'), {}, { createWorker: throwing })).toEqual({
      ok: false,
      error: { kind: 'read-failed' },
    });
  });

  it('reads on the page itself where there is no Worker', async () => {
    expect(await readInWorker(text('[]'), {}, { createWorker: null })).toEqual({
      ok: false,
      error: { kind: 'not-lis-file' },
    });
  });
});
