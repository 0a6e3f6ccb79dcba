/**
 * Functions that run inside the page (page.evaluate / addInitScript). Playwright sends their source
 * text, so each one is self-contained: no imports, no outer variables.
 */

export const REPORT_TABLE_CAPTION = 'Nuläge och målnivå per område (tabell)';
export const START_LINK_TEXT = 'Ny skattning';

type Probe = { ready: Promise<{ at: number; controlled: boolean }> };

/**
 * Init script: from the first byte of the document, watch for the start page's "Ny skattning" link
 * to be in the DOM, laid out with a size, not hidden, and the element hit at its centre (so a click
 * would land on it). `ready` resolves with performance.now() at that moment, which counts from the
 * navigation start of this document.
 */
export function watchStartLink(text: string): void {
  const w = window as unknown as { __lisBench?: Probe };
  w.__lisBench = {
    ready: new Promise((resolve) => {
      let done = false;
      const check = () => {
        if (done || !document.body) return;
        const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === text);
        if (!link) return;
        const r = link.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return;
        if (!link.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !link.contains(hit)) return;
        done = true;
        observer.disconnect();
        resolve({ at: performance.now(), controlled: !!navigator.serviceWorker?.controller });
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      // Style sheets arriving change layout without a DOM mutation: look again every frame too.
      const tick = () => {
        check();
        if (!done) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }),
  };
}

/** Waits (bounded) for the probe installed by watchStartLink. */
export async function startLinkReady(timeoutMs: number): Promise<{ at: number; controlled: boolean }> {
  const probe = (window as unknown as { __lisBench?: Probe }).__lisBench;
  if (!probe) throw new Error('the start-link probe was not installed');
  return Promise.race([
    probe.ready,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`"Ny skattning" not clickable after ${timeoutMs} ms`)), timeoutMs),
    ),
  ]);
}

/**
 * Sets location.hash and measures until the target is visible: the report's area table (by its
 * caption, with at least one body row) or the plan's first item. Detection runs on every DOM
 * mutation, so the time is that of the React commit that shows the target.
 */
export function openAndWait(args: {
  hash: string;
  target: 'report-table' | 'plan-item';
  caption: string;
  timeoutMs: number;
}): Promise<{ ms: number; rows: number }> {
  const visible = (el: Element | null | undefined): el is Element => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return (
      r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    );
  };
  const found = (): number => {
    if (args.target === 'plan-item') {
      // A card, or a row of the table view (the default for plans of more than 20 items).
      const item = document.querySelector('.plan-item, .plan-row');
      return visible(item) ? document.querySelectorAll('.plan-item, .plan-row').length : 0;
    }
    const caption = [...document.querySelectorAll('caption')].find(
      (c) => c.textContent?.trim() === args.caption,
    );
    const table = caption?.closest('table');
    return visible(table) ? table.querySelectorAll('tbody tr').length : 0;
  };
  if (found() > 0) return Promise.reject(new Error(`${args.target} is already on the page`));
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      if (done) return;
      const rows = found();
      if (rows === 0) return;
      done = true;
      const ms = performance.now() - t0;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ ms, rows });
    };
    const observer = new MutationObserver(finish);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
    const timer = setTimeout(() => {
      done = true;
      observer.disconnect();
      reject(new Error(`${args.target} not visible ${args.timeoutMs} ms after ${args.hash}`));
    }, args.timeoutMs);
    const t0 = performance.now();
    location.hash = args.hash;
  });
}

/** Resolves when the page has been idle once (boot work done), bounded. */
export function idle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: timeoutMs }));
}

/**
 * The database helpers below each open their own connection to the app's database (the page's CSP
 * forbids eval, so they cannot share code). The connection closes itself if the app upgrades.
 */

/**
 * Writes answers straight into IndexedDB in the app's own format (src/domain/assessment/types.ts
 * `Answer`, key [assessmentId, questionId]) in one transaction, as `patchAnswer` would have.
 */
export async function seedAnswers(args: {
  assessmentId: string;
  questionIds: string[];
  level: number;
  note: string;
}): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('lis-stegen');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.onversionchange = () => db.close();
  const now = new Date().toISOString();
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('answers', 'readwrite');
      const store = tx.objectStore('answers');
      for (const questionId of args.questionIds)
        store.put({
          assessmentId: args.assessmentId,
          questionId,
          value: { kind: 'level', level: args.level },
          note: args.note,
          flagged: false,
          carriedOver: false,
          updatedAt: now,
        });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
  } finally {
    db.close();
  }
  return args.questionIds.length;
}

/** Deletes (clear: true) or counts the stored plan items of one assessment. */
export async function planItems(args: { assessmentId: string; clear: boolean }): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('lis-stegen');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.onversionchange = () => db.close();
  try {
    return await new Promise<number>((resolve, reject) => {
      const tx = db.transaction('actions', args.clear ? 'readwrite' : 'readonly');
      const keys = tx
        .objectStore('actions')
        .index('assessmentId')
        .getAllKeys(IDBKeyRange.only(args.assessmentId));
      let count = 0;
      keys.onsuccess = () => {
        count = keys.result.length;
        if (args.clear) for (const key of keys.result) tx.objectStore('actions').delete(key);
      };
      tx.oncomplete = () => resolve(count);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/**
 * Answer-to-IndexedDB latency on the open walk-through page. For each answer: performance.now(),
 * a click on a level radio of one question (React's onChange → saveAnswer → Dexie transaction),
 * then reads of [assessmentId, questionId] through a second IndexedDB connection, back to back,
 * until the new level is there; performance.now() again. The resolution is one read round trip.
 * Between answers (not timed) the page gets two frames to re-render from the live query.
 */
export async function answerLatency(args: { count: number; timeoutMs: number }): Promise<{
  samples: number[];
  questions: number;
}> {
  const match = /^#\/skattning\/([^/]+)\/omrade\//.exec(location.hash);
  if (!match) throw new Error(`not on an area page: ${location.hash}`);
  const assessmentId = decodeURIComponent(match[1]!);
  const questionIds = [...document.querySelectorAll('form.question')].map((f) =>
    (f.getAttribute('aria-labelledby') ?? '').split(' ')[0]!.replace(/-number$/, ''),
  );
  if (questionIds.length === 0 || questionIds.some((id) => !id))
    throw new Error('no question forms (form.question[aria-labelledby="<id>-number …"]) on the page');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('lis-stegen');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.onversionchange = () => db.close();
  const read = (key: [string, string]) =>
    new Promise<{ value?: { kind?: string; level?: number } | null } | undefined>((resolve, reject) => {
      const request = db.transaction('answers', 'readonly').objectStore('answers').get(key);
      request.onsuccess = () => resolve(request.result as never);
      request.onerror = () => reject(request.error);
    });
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const samples: number[] = [];
  try {
    for (let i = 0; i < args.count; i++) {
      const questionId = questionIds[i % questionIds.length]!;
      // Every round moves each question one level up (1, 2, …, 5, 0, 1, …): always a real change.
      const level = (Math.floor(i / questionIds.length) + 1) % 6;
      const radio = document.querySelector<HTMLInputElement>(
        `form.question[aria-labelledby^="${questionId}-number"] input[type="radio"][value="${level}"]`,
      );
      if (!radio) throw new Error(`no radio for level ${level} of ${questionId}`);
      if (radio.checked) throw new Error(`level ${level} of ${questionId} is already checked`);
      const t0 = performance.now();
      radio.click();
      for (;;) {
        const answer = await read([assessmentId, questionId]);
        if (answer?.value?.kind === 'level' && answer.value.level === level) break;
        if (performance.now() - t0 > args.timeoutMs)
          throw new Error(`answer ${i + 1} (${questionId} = ${level}) not stored after ${args.timeoutMs} ms`);
      }
      samples.push(performance.now() - t0);
      await frame();
      await frame();
    }
  } finally {
    db.close();
  }
  return { samples, questions: questionIds.length };
}

export type WorkerState = {
  registered: boolean;
  registeredByBench: boolean;
  activated: boolean;
  controlled: boolean;
  precached: number;
};

/**
 * Waits (bounded) for the page's service-worker registration and its worker to be 'activated';
 * with `register`, registers that script itself when the app has not registered one in time.
 * Also reports whether the worker controls this page and how many responses workbox precached.
 */
export async function serviceWorkerState(args: {
  timeoutMs: number;
  register: string | null;
  needControl: boolean;
}): Promise<WorkerState> {
  const deadline = performance.now() + args.timeoutMs;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const state: WorkerState = {
    registered: false,
    registeredByBench: false,
    activated: false,
    controlled: false,
    precached: 0,
  };
  if (!('serviceWorker' in navigator)) return state;
  let registration = await navigator.serviceWorker.getRegistration();
  while (!registration && performance.now() < deadline) {
    await sleep(50);
    registration = await navigator.serviceWorker.getRegistration();
  }
  if (!registration && args.register) {
    registration = await navigator.serviceWorker.register(args.register, { scope: './' });
    state.registeredByBench = true;
  }
  if (!registration) return state;
  state.registered = true;
  const ownDeadline = Math.max(deadline, performance.now() + args.timeoutMs);
  while (registration.active?.state !== 'activated' && performance.now() < ownDeadline) await sleep(50);
  state.activated = registration.active?.state === 'activated';
  while (
    args.needControl &&
    navigator.serviceWorker.controller?.state !== 'activated' &&
    performance.now() < ownDeadline
  )
    await sleep(50);
  state.controlled = navigator.serviceWorker.controller?.state === 'activated';
  for (const name of await caches.keys())
    if (name.includes('precache')) state.precached += (await (await caches.open(name)).keys()).length;
  return state;
}

/**
 * The reference: a fixed piece of work of the kind the app's pages do (build a 1,000-row table,
 * lay it out, sort and stringify data), run in a blank page of the same browser. Its time moves with
 * the machine and its load as the app's times do, so budgets are ratios to it (docs/performance.md).
 * Deterministic: the data come from a fixed-seed generator.
 */
export function referenceWork(): number {
  const started = performance.now();
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const rows = Array.from({ length: 400 }, (_, i) => ({
    id: `q-${i}`,
    text: `Fråga ${i} om informationssäkerhet i kommunen, med en text av rimlig längd`,
    level: Math.floor(next() * 6),
    target: 3,
  }));
  const sorted = [...rows].sort((a, b) => a.level - b.level || a.id.localeCompare(b.id, 'sv'));
  const json = JSON.stringify(sorted);
  const parsed = JSON.parse(json) as typeof rows;
  const table = document.createElement('table');
  const body = table.createTBody();
  for (const r of parsed) {
    const tr = body.insertRow();
    for (const v of [r.id, r.text, String(r.level), String(r.target)]) tr.insertCell().textContent = v;
  }
  document.body.append(table);
  const height = table.offsetHeight;
  table.remove();
  if (height === 0) throw new Error('the reference table was not laid out');
  return performance.now() - started;
}

/**
 * The reference for the answer latency: in a blank page of the same origin, `count` writes of one
 * small record to an IndexedDB store of its own, each followed by reads through a second connection
 * until the new value is there — the bare storage round trip that every answer also makes, without
 * the app. Returns each write-to-readable time.
 */
export async function indexedDbRoundTrips(count: number): Promise<number[]> {
  const name = 'lis-bench-reference';
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('answers');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const writer = await open();
  const reader = await open();
  const samples: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      writer
        .transaction('answers', 'readwrite')
        .objectStore('answers')
        .put({ level: i % 6, note: 'Anteckning', at: new Date().toISOString() }, ['a', `q-${i % 7}`]);
      for (;;) {
        const value = await new Promise<{ level?: number } | undefined>((resolve, reject) => {
          const request = reader
            .transaction('answers', 'readonly')
            .objectStore('answers')
            .get(['a', `q-${i % 7}`]);
          request.onsuccess = () => resolve(request.result as never);
          request.onerror = () => reject(request.error);
        });
        // The previous write to this key (i - 7) left level (i - 1) % 6: always a real change.
        if (value?.level === i % 6) break;
        if (performance.now() - t0 > 5000) throw new Error('the reference write was never readable');
      }
      samples.push(performance.now() - t0);
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    }
  } finally {
    writer.close();
    reader.close();
    indexedDB.deleteDatabase(name);
  }
  return samples;
}
