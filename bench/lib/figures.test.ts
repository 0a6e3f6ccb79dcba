import { describe, expect, it } from 'vitest';
import { budgetProblem, ratioFigure, type Figure, type Stub } from './figures';

const blank: Figure = { id: 'load.coldBlank', name: 'cold load, blank page', value: 40, unit: 'ms' };

describe('the bench budgets times only as ratios to a reference of the same run', () => {
  it('refuses a budget in milliseconds or seconds', () => {
    for (const unit of ['ms', 's'])
      expect(budgetProblem({ id: 'x', name: 'x', unit, budget: { op: '<=', limit: 200 } })).toMatch(
        /time budget/,
      );
  });

  it('refuses a budgeted ratio that does not name its reference', () => {
    expect(budgetProblem({ id: 'x', name: 'x', unit: '×', budget: { op: '<=', limit: 2 } })).toMatch(/per/);
    expect(budgetProblem({ id: 'x', name: 'x', unit: 'ms', per: 'load.coldBlank' })).toMatch(/unit/);
  });

  it('accepts a ratio with its reference, sizes and scores, and unbudgeted times', () => {
    const fine: Stub[] = [
      { id: 'a', name: 'a', unit: '×', per: 'load.coldBlank', budget: { op: '<=', limit: 2 } },
      { id: 'b', name: 'b', unit: 'kB', budget: { op: '<=', limit: 150 } },
      { id: 'c', name: 'c', unit: '', budget: { op: '>=', limit: 95 } },
      { id: 'd', name: 'd', unit: 'ms' },
    ];
    expect(fine.map(budgetProblem)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('divides the time by the reference and judges the ratio, keeping both times in the note', () => {
    const stub: Stub = {
      id: 'load.coldRatio',
      name: 'cold / blank',
      unit: '×',
      per: 'load.coldBlank',
      budget: { op: '<=', limit: 2 },
    };
    const pass = ratioFigure(stub, 70, blank);
    expect(pass).toMatchObject({ value: 1.75, ok: true });
    expect(pass.note).toContain('70 ms / 40 ms');
    // The same page twice as slow on a machine twice as slow: the same verdict.
    expect(ratioFigure(stub, 140, { ...blank, value: 80 })).toMatchObject({ value: 1.75, ok: true });
    expect(ratioFigure(stub, 90, blank)).toMatchObject({ value: 2.25, ok: false });
  });

  it('fails the ratio when its reference could not be measured', () => {
    const stub: Stub = {
      id: 'r',
      name: 'r',
      unit: '×',
      per: 'load.coldBlank',
      budget: { op: '<=', limit: 2 },
    };
    expect(ratioFigure(stub, 70, undefined)).toMatchObject({ value: null, ok: false });
    expect(ratioFigure(stub, 70, { ...blank, value: null })).toMatchObject({ ok: false });
    expect(ratioFigure(stub, NaN, blank)).toMatchObject({ ok: false });
  });
});
