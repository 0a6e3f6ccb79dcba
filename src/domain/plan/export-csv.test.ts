import { describe, expect, it } from 'vitest';
import { CSV_BOM, guardCell, parseCsv, planToCsv, unguardCell } from './export-csv';
import { PLAN_COLUMNS } from './columns';
import { formatReferences } from './labels';
import { generatePlan } from './generate';
import { planItem, userFields } from './fixtures/items';
import { answer, assessment, level, realQuestionnaire, sampleQuestionnaire } from '../../test/sample';
import { answersByQuestion } from '../assessment/progress';
import type { PlanItem } from './types';

const sample = sampleQuestionnaire();
const HEADERS = [
  'Rubrik',
  'Beskrivning',
  'Leverans',
  'Område',
  'Fråga',
  'Årets mål för området',
  'Till nivå',
  'Hänvisningar',
  'Krav i lag',
  'Prioritet',
  'Prioritetsskäl',
  'Ansvarig roll',
  'Ansvarig person',
  'Start',
  'Klart senast',
  'Insats',
  'Kostnad (kr)',
  'Persondagar',
  'Väntar på',
  'Status',
  'Statushistorik',
  'Uppföljning',
  'Anteckning',
  'Beslutad i',
  'Beslutsdatum',
  'Avfärdad (skäl)',
  'Id',
];

/** Rows as objects keyed by header, for readable assertions. */
const records = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};

const awkward: PlanItem = planItem({
  ...userFields,
  id: 'a1:sty-01-1',
  references: { iso: ['5.2', 'A.5.1'], csf: ['GV.PO'], cis: [], nis2: ['a', 'j'] },
  dismissedReason: '"Görs" av regionen;\r\nse avtal',
  decidedDate: '2026-03-15',
});

describe('planToCsv', () => {
  it('writes a BOM, semicolons, CRLF and the Swedish headers', () => {
    const csv = planToCsv([], sample);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}${HEADERS.join(';')}\r\n`);
    expect(PLAN_COLUMNS.map((c) => c.header)).toEqual(HEADERS);
  });

  it('writes human-readable Swedish values', () => {
    const [row] = records(planToCsv([awkward], sample));
    expect(row).toEqual({
      Rubrik: userFields.title,
      Beskrivning: userFields.description,
      Leverans: userFields.deliverable,
      Område: 'Styrning',
      Fråga: 'Finns en informationssäkerhetspolicy?',
      'Årets mål för området': '',
      'Till nivå': '1',
      Hänvisningar: 'ISO/IEC 27001:2022 5.2, A.5.1; NIST CSF 2.0 GV.PO; NIS2 art. 21.2 a, j',
      'Krav i lag': 'ja',
      Prioritet: '2',
      Prioritetsskäl: 'Grunderna saknas (nivå 0–1)',
      'Ansvarig roll': 'IT-chef',
      'Ansvarig person': 'Åsa Öberg',
      Start: '2026-04-01',
      'Klart senast': '2026-10-31',
      Insats: 'stor',
      'Kostnad (kr)': '250000',
      Persondagar: '12,5',
      'Väntar på': '',
      Status: 'pågår',
      Statushistorik: '',
      Uppföljning: userFields.followUp,
      Anteckning: userFields.note,
      'Beslutad i': 'Ledningens genomgång, KS',
      Beslutsdatum: '2026-03-15',
      'Avfärdad (skäl)': '"Görs" av regionen;\r\nse avtal',
      Id: 'a1:sty-01-1',
    });
  });

  it('names what an item waits for by its title, and writes its status history by day', () => {
    const first = planItem({ id: 'p1', title: 'Besluta policyn' });
    const second = planItem({
      id: 'p2',
      dependsOn: ['p1', 'borta'],
      history: [
        { at: '2026-04-02T08:00:00.000Z', status: 'pagar' },
        { at: '2026-06-30T15:00:00.000Z', status: 'klar' },
      ],
    });
    const [, row] = records(planToCsv([first, second], sample));
    expect(row).toMatchObject({
      'Väntar på': 'Besluta policyn; borta',
      Statushistorik: '2026-04-02 pågår; 2026-06-30 klar',
    });
  });

  it("writes each item's area goal for the year when the goals are given", () => {
    const goals = [{ areaId: 'styrning', from: 1, to: 3, target: 3, kind: 'target' as const, missing: 0 }];
    const [row] = records(planToCsv([awkward], sample, { goals }));
    expect(row!['Årets mål för området']).toBe('Styrning: från nivå 1 till målnivå 3');
  });

  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    const csv = planToCsv(
      [planItem({ title: 'a;b', description: 'säg "hej"', deliverable: 'x\ny', note: 'r\rs' })],
      sample,
    );
    const line = csv.split('\r\n')[1]!;
    expect(line.startsWith('"a;b";"säg ""hej""";"x\ny";')).toBe(true);
    expect(csv).toContain(';"r\rs";');
  });

  it('guards cells that a spreadsheet would run as a formula', () => {
    const item = planItem({
      title: '=HYPERLINK("lank")',
      description: '+1',
      deliverable: '-1',
      note: '@SUM(A1)',
      followUp: '\tflik',
      decidedIn: '\rvagnretur',
      ownerName: "'=redan",
    });
    const csv = planToCsv([item], sample);
    expect(csv).toContain(`"'=HYPERLINK(""lank"")";'+1;'-1;`);
    expect(csv).toContain(`;''=redan;`);
    expect(csv).toContain(`;'\tflik;'@SUM(A1);"'\rvagnretur";`);
    const [row] = records(csv);
    expect(row).toMatchObject({
      Rubrik: item.title,
      Beskrivning: '+1',
      Leverans: '-1',
      Anteckning: '@SUM(A1)',
      Uppföljning: '\tflik',
      'Beslutad i': '\rvagnretur',
      'Ansvarig person': "'=redan",
    });
  });

  it('undoes the guard exactly', () => {
    for (const v of ['=a', "'=a", "''=a", "'a", "''", '-', '', 'vanlig text', '\t', '1-2'])
      expect(unguardCell(guardCell(v)), JSON.stringify(v)).toBe(v);
    expect(guardCell('1-2')).toBe('1-2');
  });

  it('writes empty cells for missing values and keeps a hand-typed role as typed', () => {
    const item = planItem({
      areaId: null,
      questionId: null,
      toLevel: null,
      start: null,
      due: null,
      ownerRole: 'Kommunens CISO',
      references: { iso: [], csf: [], cis: [], nis2: [] },
    });
    const [row] = records(planToCsv([item], sample));
    expect(row).toMatchObject({
      Område: '',
      Fråga: '',
      'Till nivå': '',
      Start: '',
      'Klart senast': '',
      Hänvisningar: '',
      'Ansvarig roll': 'Kommunens CISO',
      'Avfärdad (skäl)': '',
    });
  });

  it('exports in plan order and can leave dismissed items out', () => {
    const items = [
      planItem({ id: 'b', order: 1 }),
      planItem({ id: 'a', order: 0 }),
      planItem({ id: 'c', order: 2, dismissedReason: 'Nej' }),
    ];
    expect(records(planToCsv(items, sample)).map((r) => r.Id)).toEqual(['a', 'b', 'c']);
    expect(records(planToCsv(items, sample, { includeDismissed: false })).map((r) => r.Id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('round-trips every field of a whole generated plan with åäö', () => {
    const real = realQuestionnaire();
    const answers = answersByQuestion(
      real.areas.flatMap((a) => a.questions.map((q) => answer(q.id, level(1)))),
    );
    const items = generatePlan(real, answers, assessment(), '2026-03-01T08:00:00.000Z');
    const rows = records(planToCsv(items, real));
    expect(rows).toHaveLength(items.length);
    const roles = new Map(real.roles.map((r) => [r.id, r.name.sv]));
    rows.forEach((row, i) => {
      const item = items[i]!;
      expect(row).toMatchObject({
        Rubrik: item.title,
        Beskrivning: item.description,
        Leverans: item.deliverable,
        Hänvisningar: formatReferences(item.references),
        'Ansvarig roll': roles.get(item.ownerRole),
        'Klart senast': item.due,
        Id: item.id,
      });
    });
    expect(rows.some((r) => /[åäöÅÄÖ]/.test(r.Rubrik ?? ''))).toBe(true);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields, CRLF, LF and a last line without a break', () => {
    expect(parseCsv('a;"b;c"\r\n"d""e";\nf')).toEqual([['a', 'b;c'], ['d"e', ''], ['f']]);
    expect(parseCsv(`${CSV_BOM}x\r\n`)).toEqual([['x']]);
    expect(parseCsv('')).toEqual([]);
  });
});
