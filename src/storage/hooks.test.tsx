// @vitest-environment jsdom
import { createElement } from 'react';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { LisDatabase, useDatabase } from './db';
import { useAnswers } from './hooks';
import { dropSharedLiveQueries } from './shared-live-query';

let database: LisDatabase;
const answer = (assessmentId: string, questionId: string, level = 1) => ({
  assessmentId,
  questionId,
  value: { kind: 'level' as const, level },
  note: '',
  flagged: false,
  carriedOver: false,
  updatedAt: '2026-12-01T00:00:00.000Z',
});

function Answers({ id }: { id: string }) {
  const answers = useAnswers(id);
  return createElement(
    'p',
    null,
    answers === undefined
      ? 'loading'
      : answers
          .map((a) => `${a.assessmentId}/${a.questionId}=${a.value?.kind === 'level' ? a.value.level : '-'}`)
          .join(' '),
  );
}

// Dexie's live queries run only where it found an IndexedDB when it loaded; Node has none.
const nodeDependencies = { ...Dexie.dependencies };

beforeEach(async () => {
  const indexedDB = new IDBFactory();
  Object.assign(Dexie.dependencies, { indexedDB, IDBKeyRange });
  database = new LisDatabase('hooks', { indexedDB, IDBKeyRange });
  useDatabase(database);
  // Ids chosen so that a range by prefix would go wrong: "a" sorts right before "a-2" and "ab".
  await database.answers.bulkPut([
    answer('a', 'q2'),
    answer('a', 'q1'),
    answer('a-2', 'q1'),
    answer('ab', 'q1'),
    answer('', 'q1'),
  ]);
});
afterEach(() => {
  cleanup();
  dropSharedLiveQueries();
  database.close();
  Object.assign(Dexie.dependencies, nodeDependencies);
});

describe('useAnswers', () => {
  it("reads one assessment's answers, in question order, and nothing of any other", async () => {
    const view = render(createElement(Answers, { id: 'a' }));
    await waitFor(() => expect(view.container.textContent).toBe('a/q1=1 a/q2=1'));
  });

  it('shows a later write to that assessment, a new answer and a changed one', async () => {
    const view = render(createElement(Answers, { id: 'a' }));
    await waitFor(() => expect(view.container.textContent).toBe('a/q1=1 a/q2=1'));
    await act(() => database.answers.bulkPut([answer('a', 'q0', 2), answer('a', 'q2', 3)]));
    await waitFor(() => expect(view.container.textContent).toBe('a/q0=2 a/q1=1 a/q2=3'));
    await act(() => database.answers.delete(['a', 'q1']));
    await waitFor(() => expect(view.container.textContent).toBe('a/q0=2 a/q2=3'));
  });

  it('is not changed by writes to other assessments', async () => {
    const view = render(createElement(Answers, { id: 'ab' }));
    await waitFor(() => expect(view.container.textContent).toBe('ab/q1=1'));
    await act(() => database.answers.bulkPut([answer('a', 'q9'), answer('abc', 'q1'), answer('b', 'q1')]));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(view.container.textContent).toBe('ab/q1=1');
  });
});
