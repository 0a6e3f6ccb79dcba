import type { Cell, SheetData } from 'write-excel-file/browser';
import type { Questionnaire } from '../questionnaire/schema';
import { PLAN_COLUMNS, exportedItems, namesFrom, type ColumnValue, type ExportOptions } from './columns';
import type { PlanItem } from './types';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const SHEET_NAME = 'Handlingsplan';
/** ISO dates, as Swedish readers write them. */
export const DATE_FORMAT = 'yyyy-mm-dd';

/** Long texts wrap inside their cell instead of running over the next column. */
const WRAP_FROM_WIDTH = 30;

function toCell(cell: ColumnValue, wrap: boolean): Cell {
  if (cell.value === null) return null;
  if (cell.type === 'date') {
    // Midnight UTC is what the library turns into a whole Excel day.
    const [y, m, d] = cell.value.split('-').map(Number) as [number, number, number];
    return { value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: DATE_FORMAT };
  }
  if (cell.type === 'number') return { value: cell.value, type: Number };
  // Text stays a string cell: Excel never evaluates it as a formula, so no guard is needed here.
  return { value: cell.value, type: String, wrap, alignVertical: 'top' };
}

/** The sheet as plain data, so it can be checked without building a file. */
export function planSheet(
  items: readonly PlanItem[],
  questionnaire: Pick<Questionnaire, 'areas' | 'roles'>,
  options: ExportOptions = {},
): { data: SheetData; columns: { width: number }[] } {
  const names = namesFrom(questionnaire);
  const header: Cell[] = PLAN_COLUMNS.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' }));
  const rows = exportedItems(items, options).map((item) =>
    PLAN_COLUMNS.map((c) => toCell(c.value(item, names), c.width >= WRAP_FROM_WIDTH)),
  );
  return { data: [header, ...rows], columns: PLAN_COLUMNS.map((c) => ({ width: c.width })) };
}

/**
 * The library compresses parts over 160 kB in a `blob:` web worker. Where the page's
 * Content-Security-Policy forbids such workers the worker fails without a word and the file is
 * never finished, so a stuck export ends in an error the UI can show instead of waiting forever.
 */
export const XLSX_TIMEOUT_MS = 30_000;

export class XlsxTimeoutError extends Error {
  constructor() {
    super('The Excel file took too long to make (is worker-src blob: allowed?)');
    this.name = 'XlsxTimeoutError';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new XlsxTimeoutError()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The plan as an Excel workbook. The library is imported only when a file is made, so it stays
 * out of the app's first download.
 */
export async function planToXlsx(
  items: readonly PlanItem[],
  questionnaire: Pick<Questionnaire, 'areas' | 'roles'>,
  options: ExportOptions & { timeoutMs?: number } = {},
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const { data, columns } = planSheet(items, questionnaire, options);
  const file = writeXlsxFile(data, { sheet: SHEET_NAME, columns, stickyRowsCount: 1 }).toBlob();
  return withTimeout(file, options.timeoutMs ?? XLSX_TIMEOUT_MS);
}
