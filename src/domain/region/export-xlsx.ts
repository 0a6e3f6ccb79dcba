import { XLSX_TIMEOUT_MS, XlsxTimeoutError, type Sheet } from '../plan/export-xlsx';

export type NamedSheet = Sheet & { name: string };

/** Excel refuses a sheet name over 31 characters or with any of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

/**
 * The regional picture as one workbook of several sheets (areas, questions, joint work, groups),
 * each with its header row kept in view. The library is imported only when a file is made, so it
 * stays out of the app's first download; a stuck write ends in XlsxTimeoutError (see plan/export-xlsx).
 */
export async function sheetsToXlsx(
  sheets: readonly NamedSheet[],
  timeoutMs = XLSX_TIMEOUT_MS,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const file = writeXlsxFile(
    sheets.map((s) => ({ data: s.data, sheet: sheetName(s.name), columns: s.columns, stickyRowsCount: 1 })),
  ).toBlob();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new XlsxTimeoutError()), timeoutMs);
  });
  return Promise.race([file, timeout]).finally(() => clearTimeout(timer));
}
