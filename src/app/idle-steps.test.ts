import { describe, expect, it } from 'vitest';
import { runStepsWhenIdle } from './idle-steps';

/** An idle scheduler the test drives by hand: `idle()` runs what waits for the next idle moment. */
function manualIdle() {
  const waiting: (() => void)[] = [];
  return {
    whenIdle: (run: () => void) => void waiting.push(run),
    idle: async () => {
      const run = waiting.shift();
      run?.();
      // Let the step's promise and the chain after it settle.
      for (let i = 0; i < 10; i++) await Promise.resolve();
      return run !== undefined;
    },
  };
}

describe('runStepsWhenIdle', () => {
  it('starts one step per idle moment, each after the one before has settled', async () => {
    const started: string[] = [];
    let finishFirst!: () => void;
    const first = () =>
      new Promise<void>((resolve) => {
        started.push('first');
        finishFirst = resolve;
      });
    const second = () => {
      started.push('second');
      return Promise.resolve();
    };
    const { whenIdle, idle } = manualIdle();
    const all = runStepsWhenIdle([first, second], whenIdle);
    await Promise.resolve();
    expect(started).toEqual([]);
    await idle();
    expect(started).toEqual(['first']);
    // Still loading: an idle moment now must not start the second step.
    expect(await idle()).toBe(false);
    expect(started).toEqual(['first']);
    finishFirst();
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(started).toEqual(['first']);
    await idle();
    expect(started).toEqual(['first', 'second']);
    await expect(all).resolves.toBeUndefined();
  });

  it('goes on after a step that fails', async () => {
    const started: string[] = [];
    const { whenIdle, idle } = manualIdle();
    const all = runStepsWhenIdle(
      [
        () => {
          started.push('broken');
          return Promise.reject(new Error('chunk missing'));
        },
        () => {
          started.push('next');
          return Promise.resolve();
        },
      ],
      whenIdle,
    );
    await Promise.resolve();
    while (await idle());
    expect(started).toEqual(['broken', 'next']);
    await expect(all).resolves.toBeUndefined();
  });
});
