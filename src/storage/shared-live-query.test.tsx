// @vitest-environment jsdom
import { Component, createElement, type ReactNode } from 'react';
import { act, render, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { levelAnswer, liveTestDatabase } from '../test/live-database';
import { preloadLiveQuery, useSharedLiveQuery } from './shared-live-query';

let reads = 0;
const answer = (questionId: string) => levelAnswer('a1', questionId);
const database = liveTestDatabase('shared-live', (db) => db.answers.bulkPut([answer('q1'), answer('q2')]));
const key = 'answers:a1';
const readAnswers = () => {
  reads++;
  return database().answers.where('assessmentId').equals('a1').toArray();
};
const tick = (ms = 0) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

/** Records what every render saw. */
function Probe({ seen }: { seen: (number | undefined)[] }) {
  const answers = useSharedLiveQuery(key, readAnswers);
  seen.push(answers?.length);
  return createElement('p', null, answers === undefined ? 'loading' : `${answers.length} answers`);
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  render() {
    return this.state.error ? createElement('p', null, `failed: ${this.state.error}`) : this.props.children;
  }
}

beforeEach(() => {
  reads = 0;
});

describe('shared live queries', () => {
  it('a page that mounts after its read was preloaded has the data on its very first render', async () => {
    preloadLiveQuery(key, readAnswers);
    await waitFor(() => expect(reads).toBe(1));
    await tick(20);
    const seen: (number | undefined)[] = [];
    const view = render(createElement(Probe, { seen }));
    expect(seen[0]).toBe(2);
    expect(view.container.textContent).toBe('2 answers');
    expect(reads).toBe(1);
  });

  it('pages asking for one key share one read, and both see a later write', async () => {
    const first: (number | undefined)[] = [];
    const second: (number | undefined)[] = [];
    render(
      createElement(
        'div',
        null,
        createElement(Probe, { seen: first }),
        createElement(Probe, { seen: second }),
      ),
    );
    await waitFor(() => expect(first.at(-1)).toBe(2));
    expect(second.at(-1)).toBe(2);
    expect(reads).toBe(1);
    await act(() => database().answers.put(answer('q3')));
    await waitFor(() => expect(first.at(-1)).toBe(3));
    expect(second.at(-1)).toBe(3);
    expect(reads).toBe(2);
  });

  it('drops the read once its last page has gone, so that no stale copy is kept', async () => {
    const seen: (number | undefined)[] = [];
    const view = render(createElement(Probe, { seen }));
    await waitFor(() => expect(seen.at(-1)).toBe(2));
    view.unmount();
    await tick();
    await act(() => database().answers.put(answer('q3')));
    await tick(20);
    expect(reads).toBe(1);
    // The next page reads afresh and sees the write.
    const again: (number | undefined)[] = [];
    render(createElement(Probe, { seen: again }));
    expect(again[0]).toBeUndefined();
    await waitFor(() => expect(again.at(-1)).toBe(3));
  });

  it('drops a preloaded read that no page takes over in time', async () => {
    preloadLiveQuery(key, readAnswers, 10);
    await waitFor(() => expect(reads).toBe(1));
    await tick(30);
    await act(() => database().answers.put(answer('q3')));
    await tick(20);
    expect(reads).toBe(1);
  });

  it('throws a failed read to the error boundary, and reads again for the next page', async () => {
    let fail = true;
    // React reports the error it hands to the boundary; expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Failing() {
      const value = useSharedLiveQuery('broken', () =>
        fail ? Promise.reject(new Error('disk full')) : Promise.resolve('ok'),
      );
      return createElement('p', null, value ?? 'loading');
    }
    const view = render(createElement(Boundary, null, createElement(Failing)));
    await waitFor(() => expect(view.container.textContent).toBe('failed: disk full'));
    view.unmount();
    fail = false;
    const next = render(createElement(Boundary, null, createElement(Failing)));
    await waitFor(() => expect(next.container.textContent).toBe('ok'));
  });
});
