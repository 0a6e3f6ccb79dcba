import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { tableSheet } from '../plan/export-xlsx';
import { sheetName, sheetsToXlsx } from './export-xlsx';

describe('the regional workbook', () => {
  it('writes every sheet, in order, with its rows', async () => {
    const sheet = (n: number) =>
      tableSheet(
        [
          { header: 'Område', width: 30 },
          { header: 'Median', width: 10 },
        ],
        [
          [
            { type: 'text', value: `Område ${n}` },
            { type: 'number', value: 2.5 },
          ],
        ],
      );
    const blob = await sheetsToXlsx([
      { name: 'Områden', ...sheet(1) },
      { name: 'Grupper', ...sheet(2) },
    ]);
    const sheets = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
    expect(sheets.map((s) => s.sheet)).toEqual(['Områden', 'Grupper']);
    expect(sheets[1]!.data).toEqual([
      ['Område', 'Median'],
      ['Område 2', 2.5],
    ]);
  });

  it('gives Excel a sheet name it accepts', () => {
    expect(sheetName('Län/kommungrupp: [alla]')).toBe('Län kommungrupp   alla ');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});
