import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { assessment } from '../../test/sample';
import { AssessmentRow } from './AssessmentRow';
import { rowCounts } from './row-counts';

/** The "Besvarat" cell of the start page's row for one assessment. */
function answeredCell(counts: Parameters<typeof AssessmentRow>[0]['counts']) {
  const html = renderToStaticMarkup(
    <table>
      <tbody>
        <AssessmentRow assessment={assessment()} counts={counts} onDelete={() => {}} />
      </tbody>
    </table>,
  );
  return /<td class="num">(.*?)<\/td>/.exec(html)?.[1];
}

describe('the start page row', () => {
  it('says nothing of the answers until they are counted, rather than 0', () => {
    expect(rowCounts(undefined, 'a1')).toBeNull();
    expect(answeredCell(rowCounts(undefined, 'a1'))).toBe('');
    // Counted: an assessment without a stored answer has 0.
    expect(answeredCell(rowCounts(new Map(), 'a1'))).toBe('0');
  });

  it('shows the count, and vet ej and ej tillämplig beside it when there are any', () => {
    expect(answeredCell({ answered: 0, unknown: 0, notApplicable: 0 })).toBe('0');
    expect(answeredCell({ answered: 112, unknown: 0, notApplicable: 0 })).toBe('112');
    expect(answeredCell({ answered: 56, unknown: 4, notApplicable: 1 })).toMatch(/^56<span class="muted">/);
  });
});
