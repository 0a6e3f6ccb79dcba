import { describe, expect, it, vi } from 'vitest';
import readXlsxFile, { readSheet } from 'read-excel-file/node';
import {
  DATE_FORMAT,
  GOALS_SHEET_NAME,
  SHEET_NAME,
  XLSX_MIME,
  XlsxTimeoutError,
  planSheet,
  planToXlsx,
} from './export-xlsx';
import { PLAN_COLUMNS, namesFrom } from './columns';
import { generatePlan } from './generate';
import { planItem, userFields } from './fixtures/items';
import { answer, assessment, level, realQuestionnaire, sampleQuestionnaire } from '../../test/sample';
import { answersByQuestion } from '../assessment/progress';
import type { Questionnaire } from '../questionnaire/schema';
import type { PlanItem } from './types';

const sample = sampleQuestionnaire();
const utcDay = (date: string | null) => (date === null ? null : new Date(`${date}T00:00:00.000Z`));

/** What each column should read back as: text, a number or a date, or null for an empty cell. */
function expectedRow(item: PlanItem, q: Questionnaire, all: readonly PlanItem[]) {
  const names = namesFrom(q, all);
  return PLAN_COLUMNS.map((c) => {
    const cell = c.value(item, names);
    if (cell.type === 'date') return utcDay(cell.value);
    if (cell.type === 'number') return cell.value;
    // Empty text is an empty cell.
    return cell.value === '' ? null : cell.value;
  });
}

async function roundTrip(items: PlanItem[], q: Questionnaire) {
  const blob = await planToXlsx(items, q);
  expect(blob.type).toBe(XLSX_MIME);
  return readSheet(Buffer.from(await blob.arrayBuffer()));
}

describe('planToXlsx', () => {
  it('writes a header row and every field back as written, dates as dates', async () => {
    const items = [
      planItem({
        ...userFields,
        references: { iso: ['A.5.1'], csf: [], cis: ['5.2'], nis2: ['a'] },
        dismissedReason: 'Regionen gör det; "se avtal"\nrad två',
      }),
      planItem({
        id: 'm1',
        templateId: null,
        areaId: null,
        questionId: null,
        toLevel: null,
        start: null,
        due: null,
        order: 1,
      }),
    ];
    const rows = await roundTrip(items, sample);
    expect(rows[0]).toEqual(PLAN_COLUMNS.map((c) => c.header));
    expect(rows.slice(1)).toEqual(items.map((i) => expectedRow(i, sample, items)));
    expect(rows[1]![PLAN_COLUMNS.findIndex((c) => c.header === 'Klart senast')]).toEqual(
      utcDay('2026-10-31'),
    );
    // A formula-looking text stays text: no apostrophe needed in a typed cell.
    expect(rows[1]![1]).toBe(userFields.description);
  });

  it('names the sheet and keeps åäö', async () => {
    const blob = await planToXlsx([planItem({ title: 'Åtgärd för ÅÄÖ åäö' })], sample);
    const [sheet] = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
    expect(sheet!.sheet).toBe(SHEET_NAME);
    expect(sheet!.data[1]![0]).toBe('Åtgärd för ÅÄÖ åäö');
  });

  it('adds a sheet with the goal for the year per area, and the goal beside each item', async () => {
    const goals = [
      { areaId: 'styrning', from: 1, to: 2, target: 3, kind: 'partial' as const, missing: 0 },
      { areaId: 'skydd', from: null, to: null, target: 2, kind: 'unassessed' as const, missing: 3 },
    ];
    const blob = await planToXlsx([planItem()], sample, { goals });
    const [plan, goalSheet] = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
    expect(goalSheet!.sheet).toBe(GOALS_SHEET_NAME);
    expect(goalSheet!.data).toEqual([
      ['Område', 'Nivå nu', 'Nivå efter året', 'Målnivå', 'Mål för året'],
      ['Styrning', 1, 2, 3, 'Styrning: från nivå 1 till nivå 2 (målnivå 3 senare)'],
      ['Skydd', null, null, 2, 'Skydd: inget mål, ingen fråga är besvarad med en nivå'],
    ]);
    const column = plan!.data[0]!.indexOf('Årets mål för området');
    expect(plan!.data[1]![column]).toBe('Styrning: från nivå 1 till nivå 2 (målnivå 3 senare)');
  });

  it('round-trips a whole generated plan from the real question bank', async () => {
    const real = realQuestionnaire();
    const answers = answersByQuestion(
      real.areas.flatMap((a) => a.questions.map((q) => answer(q.id, level(0)))),
    );
    const targets = Object.fromEntries(real.areas.map((a) => [a.id, { level: 5, reason: '' }]));
    const items = generatePlan(real, answers, assessment({ targets }), '2026-03-01T08:00:00.000Z');
    const rows = await roundTrip(items, real);
    expect(rows).toHaveLength(items.length + 1);
    expect(rows.slice(1)).toEqual(items.map((i) => expectedRow(i, real, items)));
  });

  it('describes the sheet: bold header, widths, date format, wrapped long text', () => {
    const { data, columns } = planSheet([planItem()], sample);
    expect(columns).toEqual(PLAN_COLUMNS.map((c) => ({ width: c.width })));
    expect(data[0]![0]).toMatchObject({ value: 'Rubrik', fontWeight: 'bold' });
    const due = PLAN_COLUMNS.findIndex((c) => c.header === 'Klart senast');
    expect(data[1]![due]).toMatchObject({ type: Date, format: DATE_FORMAT });
    expect(data[1]![1]).toMatchObject({ wrap: true });
    expect(
      planSheet([planItem({ dismissedReason: 'x' })], sample, { includeDismissed: false }).data,
    ).toHaveLength(1);
  });
});

describe('planToXlsx: a stuck export', () => {
  it('fails with XlsxTimeoutError instead of waiting forever', async () => {
    // What a browser does when its CSP blocks the library's worker: the promise never settles.
    vi.doMock('write-excel-file/browser', () => ({
      default: () => ({ toBlob: () => new Promise<Blob>(() => {}) }),
    }));
    try {
      await expect(planToXlsx([planItem()], sample, { timeoutMs: 20 })).rejects.toBeInstanceOf(
        XlsxTimeoutError,
      );
    } finally {
      vi.doUnmock('write-excel-file/browser');
    }
  });
});
