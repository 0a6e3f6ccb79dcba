import { describe, expect, it } from 'vitest';
import { answer, assessment, level, realQuestionnaire } from '../../test/sample';
import { answersByQuestion } from '../assessment/progress';
import { parseCsv, tableToCsv } from '../plan/export-csv';
import { tableSheet } from '../plan/export-xlsx';
import { answersTable } from './answers-export';
import { isCslRequirement } from '../questionnaire/legal-basis';

const q = realQuestionnaire();
const [first, second, third, fourth] = q.areas[0]!.questions;
const answers = answersByQuestion([
  answer(first!.id, level(2), {
    note: '=HYPERLINK("x"); "citat"\nny rad',
    flagged: true,
    updatedAt: '2026-03-02T10:00:00.000Z',
  }),
  answer(second!.id, { kind: 'unknown' }, { carriedOver: true }),
  answer(third!.id, { kind: 'not-applicable', reason: 'Sköts av förbundet' }),
]);
const target = { level: 4, reason: '' };
const table = answersTable(q, answers, assessment({ targets: { [q.areas[0]!.id]: target } }));
const headers = table.columns.map((c) => c.header);

describe('answers export', () => {
  it('has one row per question of the questionnaire, answered or not, in its order', () => {
    const ids = q.areas.flatMap((a) => a.questions.map((x) => x.id));
    const idColumn = headers.indexOf('Fråge-id');
    expect(table.rows.map((r) => r[idColumn]!.value)).toEqual(ids);
  });

  it('writes CSV that reads back field by field, formulas and line breaks included', () => {
    const [head, ...rows] = parseCsv(tableToCsv(headers, table.rows));
    expect(head).toEqual(headers);
    const byId = new Map(rows.map((r) => [r[1], Object.fromEntries(headers.map((h, i) => [h, r[i]]))]));
    expect(byId.get(first!.id)).toMatchObject({
      Område: q.areas[0]!.title.sv,
      Fråga: first!.text.sv,
      Svar: `Nivå 2 – ${q.scale[2]!.name.sv}`,
      Nivå: '2',
      Målnivå: '4',
      'Skillnad mot målnivå': '2',
      Anteckning: '=HYPERLINK("x"); "citat"\nny rad',
      'Markerad för granskning': 'ja',
      'Från förra skattningen, ej granskad': 'nej',
      'Senast ändrad': '2026-03-02',
      'Krav i lag': isCslRequirement(first!) ? 'ja' : 'nej',
    });
    expect(byId.get(second!.id)).toMatchObject({
      Svar: 'Vet ej',
      Nivå: '',
      'Från förra skattningen, ej granskad': 'ja',
    });
    expect(byId.get(third!.id)).toMatchObject({
      Svar: 'Ej tillämplig',
      'Varför ej tillämplig': 'Sköts av förbundet',
    });
    expect(byId.get(fourth!.id)).toMatchObject({
      Svar: 'Ej besvarad',
      Nivå: '',
      Anteckning: '',
      'Senast ändrad': '',
    });
  });

  it('makes an Excel sheet with the same cells: numbers as numbers, text as text', () => {
    const sheet = tableSheet(table.columns, table.rows);
    expect(sheet.data).toHaveLength(table.rows.length + 1);
    const row = sheet.data[1]!;
    expect(row[headers.indexOf('Nivå')]).toMatchObject({ value: 2, type: Number });
    expect(row[headers.indexOf('Anteckning')]).toMatchObject({
      value: '=HYPERLINK("x"); "citat"\nny rad',
      type: String,
    });
  });
});
