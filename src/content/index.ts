import type { Questionnaire } from '../domain/questionnaire/schema';

type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

let pending: Tracked<Questionnaire> | null = null;

/**
 * The default questionnaire, loaded when first needed so that the start page stays small.
 * The YAML is turned into JSON at build time and validated here with the same schema as in tests.
 * Once settled, the promise carries `status` and `value`, which React's `use()` reads at once
 * instead of suspending.
 */
export function loadQuestionnaire(): Promise<Questionnaire> {
  if (!pending) {
    const promise: Tracked<Questionnaire> = import('./kommun').then((m) => m.questionnaire);
    promise.then(
      (value) => Object.assign(promise, { status: 'fulfilled', value }),
      (reason: unknown) => Object.assign(promise, { status: 'rejected', reason }),
    );
    pending = promise;
  }
  return pending;
}

/**
 * The questionnaire if it has loaded, undefined while it loads (and starts loading it). Throws
 * what the load failed with, as `use()` would.
 */
export function loadedQuestionnaire(): Questionnaire | undefined {
  const promise = loadQuestionnaire() as Tracked<Questionnaire>;
  if (promise.status === 'rejected') throw promise.reason;
  return promise.status === 'fulfilled' ? promise.value : undefined;
}
