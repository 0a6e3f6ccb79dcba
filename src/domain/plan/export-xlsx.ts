import type { Cell, SheetData } from 'write-excel-file/browser';
import type { Questionnaire } from '../questionnaire/schema';
import { PLAN_COLUMNS, exportedItems, namesFrom, type ColumnValue, type ExportOptions } from './columns';
import type { PlanItem } from './types';
import { yearGoalSv, type YearGoal } from './year-goals';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const SHEET_NAME = 'Handlingsplan';
export const GOALS_SHEET_NAME = 'Mål för året';
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

export type Sheet = { data: SheetData; columns: { width: number }[] };

/** Any table as sheet data: a bold header row, then one row per record; wide text columns wrap. */
export function tableSheet(
  columns: readonly { header: string; width: number }[],
  rows: readonly (readonly ColumnValue[])[],
): Sheet {
  const header: Cell[] = columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' }));
  const body = rows.map((cells) =>
    cells.map((cell, i) => toCell(cell, (columns[i]?.width ?? 0) >= WRAP_FROM_WIDTH)),
  );
  return { data: [header, ...body], columns: columns.map((c) => ({ width: c.width })) };
}

/** The sheet as plain data, so it can be checked without building a file. */
export function planSheet(
  items: readonly PlanItem[],
  questionnaire: Pick<Questionnaire, 'areas' | 'roles'>,
  options: ExportOptions = {},
): Sheet {
  const names = namesFrom(questionnaire, items, options.roles, options.goals);
  return tableSheet(
    PLAN_COLUMNS,
    exportedItems(items, options).map((item) => PLAN_COLUMNS.map((c) => c.value(item, names))),
  );
}

const GOAL_COLUMNS = [
  { header: 'Område', width: 30 },
  { header: 'Nivå nu', width: 9 },
  { header: 'Nivå efter året', width: 14 },
  { header: 'Målnivå', width: 9 },
  { header: 'Mål för året', width: 70 },
];

/** The goal for the year per area (year-goals.ts): one row per area, levels as numbers. */
export function goalsSheet(goals: readonly YearGoal[], questionnaire: Pick<Questionnaire, 'areas'>): Sheet {
  const areas = new Map(questionnaire.areas.map((a) => [a.id, a.title.sv]));
  return tableSheet(
    GOAL_COLUMNS,
    goals.map((g): ColumnValue[] => {
      const area = areas.get(g.areaId) ?? g.areaId;
      return [
        { type: 'text', value: area },
        { type: 'number', value: g.from },
        { type: 'number', value: g.to },
        { type: 'number', value: g.target },
        { type: 'text', value: yearGoalSv(g, area) },
      ];
    }),
  );
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
  const sheets = [{ sheet: planSheet(items, questionnaire, options), name: SHEET_NAME }];
  if (options.goals?.length)
    sheets.push({ sheet: goalsSheet(options.goals, questionnaire), name: GOALS_SHEET_NAME });
  return sheetsToXlsx(sheets, options.timeoutMs);
}

/** One sheet as an Excel workbook, with its header row kept in view while scrolling. */
export async function sheetToXlsx(sheet: Sheet, name: string, timeoutMs = XLSX_TIMEOUT_MS): Promise<Blob> {
  return sheetsToXlsx([{ sheet, name }], timeoutMs);
}

/** Sheets as one Excel workbook, in the order given, each with its header row kept in view. */
export async function sheetsToXlsx(
  sheets: readonly { sheet: Sheet; name: string }[],
  timeoutMs = XLSX_TIMEOUT_MS,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const file = writeXlsxFile(
    sheets.map(({ sheet, name }) => ({
      data: sheet.data,
      sheet: name,
      columns: sheet.columns,
      stickyRowsCount: 1,
    })),
  ).toBlob();
  return withTimeout(file, timeoutMs);
}
