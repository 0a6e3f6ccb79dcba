// @vitest-environment jsdom
import { createElement } from 'react';
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { levelAnswer as answer, liveTestDatabase } from '../test/live-database';
import { useAnswers } from './hooks';

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

// Ids chosen so that a range by prefix would go wrong: "a" sorts right before "a-2" and "ab".
const database = liveTestDatabase('hooks', (db) =>
  db.answers.bulkPut([
    answer('a', 'q2'),
    answer('a', 'q1'),
    answer('a-2', 'q1'),
    answer('ab', 'q1'),
    answer('', 'q1'),
  ]),
);

describe('useAnswers', () => {
  it("reads one assessment's answers, in question order, and nothing of any other", async () => {
    const view = render(createElement(Answers, { id: 'a' }));
    await waitFor(() => expect(view.container.textContent).toBe('a/q1=1 a/q2=1'));
  });

  it('shows a later write to that assessment, a new answer and a changed one', async () => {
    const view = render(createElement(Answers, { id: 'a' }));
    await waitFor(() => expect(view.container.textContent).toBe('a/q1=1 a/q2=1'));
    await act(() => database().answers.bulkPut([answer('a', 'q0', 2), answer('a', 'q2', 3)]));
    await waitFor(() => expect(view.container.textContent).toBe('a/q0=2 a/q1=1 a/q2=3'));
    await act(() => database().answers.delete(['a', 'q1']));
    await waitFor(() => expect(view.container.textContent).toBe('a/q0=2 a/q2=3'));
  });

  it('is not changed by writes to other assessments', async () => {
    const view = render(createElement(Answers, { id: 'ab' }));
    await waitFor(() => expect(view.container.textContent).toBe('ab/q1=1'));
    await act(() => database().answers.bulkPut([answer('a', 'q9'), answer('abc', 'q1'), answer('b', 'q1')]));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(view.container.textContent).toBe('ab/q1=1');
  });
});
