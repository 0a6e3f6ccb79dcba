import type { ColumnValue } from '../plan/columns';
import { sheetToXlsx, tableSheet, type Sheet } from '../plan/export-xlsx';
import type { SoaRow } from './soa';
import { LEGAL_STATUS_SV, SOA_REASON_SV } from './labels';

export const SOA_SHEET_NAME = 'Tillämpningsförklaring';

const text = (value: string): ColumnValue => ({ type: 'text', value });

type SoaColumn = { header: string; width: number; value: (row: SoaRow) => ColumnValue };

/** Swedish, like the plan's export: the file goes to a Swedish kommunstyrelse. */
export const SOA_COLUMNS: readonly SoaColumn[] = [
  { header: 'Åtgärd', width: 8, value: (r) => text(`A.${r.control.id}`) },
  { header: 'Namn (ISO/IEC 27001:2022)', width: 36, value: (r) => text(r.control.name.en) },
  { header: 'Beskrivning', width: 36, value: (r) => text(r.control.name.sv) },
  { header: 'Tillämplig', width: 10, value: (r) => text(r.entry.applicable ? 'Ja' : 'Nej') },
  {
    header: 'Skäl',
    width: 30,
    value: (r) => text(r.entry.reasons.map((x) => SOA_REASON_SV[x]).join(', ')),
  },
  { header: 'Motivering', width: 40, value: (r) => text(r.entry.justification) },
  { header: 'Status', width: 14, value: (r) => text(LEGAL_STATUS_SV[r.status]) },
  {
    header: 'Status satt för hand',
    width: 30,
    value: (r) => text(r.entry.override === null ? '' : r.entry.overrideReason),
  },
  { header: 'Frågor', width: 20, value: (r) => text(r.questions.map((q) => q.id).join(', ')) },
  {
    header: 'Åtgärder i handlingsplanen',
    width: 40,
    value: (r) => text(r.plan.map((i) => i.title).join('; ')),
  },
];

export function soaSheet(rows: readonly SoaRow[]): Sheet {
  return tableSheet(
    SOA_COLUMNS,
    rows.map((r) => SOA_COLUMNS.map((c) => c.value(r))),
  );
}

export function soaToXlsx(rows: readonly SoaRow[]): Promise<Blob> {
  return sheetToXlsx(soaSheet(rows), SOA_SHEET_NAME);
}
