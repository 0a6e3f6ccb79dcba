/** One measured figure: what the table prints and what results.json keeps. */
export type Budget = { op: '<=' | '>='; limit: number } | { op: '=='; limit: boolean | number };

export type Figure = {
  id: string;
  name: string;
  /** null when the figure could not be measured; `error` then says why, and the figure fails. */
  value: number | boolean | null;
  unit: string;
  budget?: Budget;
  /**
   * A ratio: the id of the reference figure, measured in the same run, that the time put for this
   * figure is divided by (unit '×'). Every time budget is one of these (see budgetProblem).
   */
  per?: string;
  ok?: boolean;
  note?: string;
  error?: string;
  /** Raw samples or breakdowns for whoever reads results.json. */
  detail?: unknown;
};

/** What a section declares before it measures: a failure still shows every figure. */
export type Stub = Pick<Figure, 'id' | 'name' | 'unit' | 'budget' | 'per'>;

/** Units of time: a budget in one of these would give another verdict on a slower machine. */
const TIME_UNITS = new Set(['ms', 's']);

/**
 * Why a declared figure breaks the bench's rule, or undefined: a time is never budgeted in
 * milliseconds, only as a ratio to a reference of the same run (`per`, unit '×'), so that `npm run
 * bench` gives the same verdict on a slower or busier machine (docs/performance.md).
 */
export function budgetProblem(stub: Stub): string | undefined {
  if (stub.per !== undefined && stub.unit !== '×')
    return `${stub.id}: a ratio (per ${stub.per}) has the unit '×', not '${stub.unit}'`;
  if (!stub.budget) return undefined;
  if (TIME_UNITS.has(stub.unit))
    return `${stub.id}: a time budget in ${stub.unit}; budget its ratio to a reference measured in the same run (per)`;
  if (stub.unit === '×' && stub.per === undefined)
    return `${stub.id}: a ratio budget without the reference it divides by (per)`;
  return undefined;
}

/**
 * A time as a ratio to its reference: the value is time / reference, rounded to 2 decimals, and the
 * note keeps both times so a reader sees what was divided.
 */
export function ratioFigure(stub: Stub, ms: number, reference: Figure | undefined): Figure {
  if (!stub.per) throw new Error(`${stub.id} is not a ratio`);
  if (!reference || typeof reference.value !== 'number' || !(reference.value > 0))
    return withVerdict({ ...stub, value: null, error: `its reference ${stub.per} was not measured` });
  if (!Number.isFinite(ms)) return withVerdict({ ...stub, value: null, error: 'not measured' });
  return withVerdict({
    ...stub,
    value: round(ms / reference.value, 2),
    note: `${round(ms, 1)} ms / ${reference.value} ${reference.unit} (${reference.name})`,
  });
}

export function withVerdict(figure: Figure): Figure {
  if (figure.error !== undefined || figure.value === null) return { ...figure, ok: false };
  const { budget } = figure;
  if (!budget) return figure;
  const v = figure.value;
  let ok: boolean;
  if (budget.op === '==') ok = v === budget.limit;
  else if (typeof v !== 'number' || typeof budget.limit !== 'number') ok = false;
  else ok = budget.op === '<=' ? v <= budget.limit : v >= budget.limit;
  return { ...figure, ok };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile: the smallest sample that at least p % of the samples are at or below. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1]!;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function formatNumber(n: number, unit: string): string {
  const text = unit === 'B' ? n.toLocaleString('en-US') : String(n);
  return unit ? `${text} ${unit}` : text;
}

function formatValue(f: Figure): string {
  if (f.value === null) return 'n/a';
  if (typeof f.value === 'boolean') return f.value ? 'yes' : 'no';
  return formatNumber(f.value, f.unit);
}

function formatBudget(f: Figure): string {
  if (!f.budget) return '';
  const { op, limit } = f.budget;
  if (typeof limit === 'boolean') return limit ? 'yes' : 'no';
  return `${op} ${formatNumber(limit, f.unit)}`;
}

function status(f: Figure): string {
  if (f.ok === undefined) return '';
  return f.ok ? 'ok' : 'FAIL';
}

/** A plain-text table: name, value, budget, ok. Errors and notes follow below the row they belong to. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [f.name, formatValue(f), formatBudget(f), status(f)]);
  const head = ['name', 'value', 'budget', 'ok'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  figures.forEach((f, i) => {
    out.push(line(rows[i]!));
    if (f.error) out.push(`    ! ${f.error}`);
    if (f.note) out.push(`    ${f.note}`);
  });
  return out.join('\n');
}
