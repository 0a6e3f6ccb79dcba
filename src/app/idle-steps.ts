/** Schedules a callback for the next time the browser is idle. */
export type WhenIdle = (run: () => void) => void;

export const whenBrowserIdle: WhenIdle = (run) => {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 300);
};

/**
 * Runs the steps one after the other, each in an idle moment after the one before has settled.
 * Work a user asks for meanwhile (opening a page) then goes first instead of queueing behind
 * everything at once. A step that fails does not stop the ones after it.
 */
export function runStepsWhenIdle(
  steps: readonly (() => Promise<unknown>)[],
  whenIdle: WhenIdle = whenBrowserIdle,
): Promise<void> {
  return steps.reduce<Promise<void>>(
    (before, step) =>
      before.then(
        () =>
          new Promise<void>((done) =>
            whenIdle(() => {
              step().then(
                () => done(),
                () => done(),
              );
            }),
          ),
      ),
    Promise.resolve(),
  );
}
