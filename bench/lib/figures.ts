/** One measured figure: what the table prints and what results.json keeps. */
export type Budget = { op: '<=' | '>='; limit: number } | { op: '=='; limit: boolean | number };

export type Figure = {
  id: string;
  name: string;
  /** null when the figure could not be measured; `error` then says why, and the figure fails. */
  value: number | boolean | null;
  unit: string;
  budget?: Budget;
  ok?: boolean;
  note?: string;
  error?: string;
  /** Raw samples or breakdowns for whoever reads results.json. */
  detail?: unknown;
};

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
