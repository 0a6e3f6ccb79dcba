import { createElement, Suspense } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../content');
  vi.resetModules();
});

describe('useAssessmentData while the questionnaire loads', () => {
  it('says "loading" instead of suspending, so that the page runs its database reads meanwhile', async () => {
    // Fresh modules, and a questionnaire that never arrives.
    vi.resetModules();
    vi.doMock('../content', () => ({
      loadQuestionnaire: () => new Promise(() => {}),
      loadedQuestionnaire: () => undefined,
    }));
    const { useAssessmentData } = await import('./use-assessment-data');
    function Probe() {
      return createElement('p', null, useAssessmentData('a1').status);
    }
    const html = renderToStaticMarkup(
      createElement(Suspense, { fallback: createElement('p', null, 'suspended') }, createElement(Probe)),
    );
    expect(html).toBe('<p>loading</p>');
  });
});
