import type { Questionnaire } from '../questionnaire/schema';
import { PLAN_COLUMNS, exportedItems, namesFrom, type ColumnValue, type ExportOptions } from './columns';
import type { PlanItem } from './types';

/**
 * CSV as Swedish Excel opens it with a double click: UTF-8 with a byte order mark (or åäö turn
 * into mojibake), semicolons (the comma is the decimal sign), CRLF, RFC 4180 quoting.
 */
export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';
const NEWLINE = '\r\n';

/**
 * A cell that starts like a formula would run as one in a spreadsheet (CSV injection), so it
 * gets a leading apostrophe, which spreadsheets show as text. A value that already starts with
 * apostrophes before such a character gets one more, so that `unguardCell` can undo exactly.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export const guardCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
export const unguardCell = (value: string) => (GUARDED.test(value) ? value.slice(1) : value);

function quote(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function cellText(cell: ColumnValue): string {
  if (cell.value === null) return '';
  // Swedish Excel reads "12,5" as a number and "12.5" as text (or a date); ';' leaves ',' free.
  return typeof cell.value === 'number' ? String(cell.value).replace('.', ',') : cell.value;
}

const row = (cells: readonly string[]) => cells.map((c) => quote(guardCell(c))).join(SEPARATOR);

/** Any table as CSV text in this format: a header row, then one row of cells per record. */
export function tableToCsv(headers: readonly string[], rows: readonly (readonly ColumnValue[])[]): string {
  const lines = [row(headers), ...rows.map((cells) => row(cells.map(cellText)))];
  return CSV_BOM + lines.join(NEWLINE) + NEWLINE;
}

/** The plan as CSV text; save it with type `text/csv;charset=utf-8`. */
export function planToCsv(
  items: readonly PlanItem[],
  questionnaire: Pick<Questionnaire, 'areas' | 'roles'>,
  options: ExportOptions = {},
): string {
  const names = namesFrom(questionnaire, items, options.roles, options.goals);
  return tableToCsv(
    PLAN_COLUMNS.map((c) => c.header),
    exportedItems(items, options).map((item) => PLAN_COLUMNS.map((c) => c.value(item, names))),
  );
}

/**
 * Reads CSV written by `planToCsv` (or any RFC 4180 file with `;`) into rows of cells, dropping
 * the byte order mark and the formula guard. Used to test that every field comes back.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    cells.push(unguardCell(cell));
    cell = '';
  };
  while (i < src.length) {
    const ch = src[i] ?? '';
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === SEPARATOR) endCell();
    else if (ch === '\r' || ch === '\n') {
      endCell();
      rows.push(cells);
      cells = [];
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
    } else cell += ch;
    i += 1;
  }
  // A last line without a line break still counts.
  if (cell !== '' || cells.length) {
    endCell();
    rows.push(cells);
  }
  return rows;
}
