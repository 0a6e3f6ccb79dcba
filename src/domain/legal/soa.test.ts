import { describe, expect, it } from 'vitest';
import { answer, level, realQuestionnaire } from '../../test/sample';
import { answersByQuestion } from '../assessment/progress';
import { planItem } from '../plan/fixtures/items';
import { ANNEX_A } from './annex-a';
import { questionsByControl, soaRows } from './soa';
import { soaSheet } from './soa-export';
import { soaSummary } from './summary';
import { emptyLegalRecord } from './types';

const questionnaire = realQuestionnaire();

describe('Annex A', () => {
  it('has the 93 controls of ISO/IEC 27001:2022 in order', () => {
    const ids = ANNEX_A.map((c) => c.id);
    const range = (theme: number, n: number) => Array.from({ length: n }, (_, i) => `${theme}.${i + 1}`);
    expect(ids).toEqual([...range(5, 37), ...range(6, 8), ...range(7, 14), ...range(8, 34)]);
    for (const c of ANNEX_A) expect(c.name.sv && c.name.en).toBeTruthy();
  });

  it('every Annex A reference in the question bank names a real control', () => {
    const known = new Set(ANNEX_A.map((c) => c.id));
    for (const id of questionsByControl(questionnaire).keys()) expect(known, id).toContain(id);
  });
});

describe('soaRows', () => {
  it('links controls to questions through their iso references and derives the status', () => {
    const answers = answersByQuestion([
      answer('kon-02', level(4)),
      answer('kon-03', level(3)),
      answer('kon-04', level(1)),
    ]);
    const rows = soaRows(questionnaire, answers, emptyLegalRecord(), []);
    expect(rows).toHaveLength(93);
    const backup = rows.find((r) => r.control.id === '8.13')!;
    expect(backup.questions.map((q) => q.id)).toEqual(['kon-02', 'kon-03', 'kon-04']);
    expect(backup.derived).toBe('delvis');
    expect(backup.entry.applicable).toBe(true);
    expect(backup.isDefault).toBe(true);
    expect(rows.find((r) => r.control.id === '7.12')!.questions).toEqual([]);
  });

  it('the user’s override wins, with its reason; not applicable leaves the summary counts', () => {
    const legal = emptyLegalRecord();
    legal.soa['8.13'] = {
      applicable: true,
      reasons: ['riskanalys', 'lagkrav'],
      justification: 'Kritiska system',
      override: 'pa-plats',
      overrideReason: 'Återläsning provad i mars',
      updatedAt: '',
    };
    legal.soa['7.12'] = { ...legal.soa['8.13'], applicable: false, override: null, overrideReason: '' };
    const rows = soaRows(questionnaire, new Map(), legal, []);
    expect(rows.find((r) => r.control.id === '8.13')!.status).toBe('pa-plats');
    const summary = soaSummary(rows);
    expect(summary).toMatchObject({ total: 93, applicable: 92, decided: 2 });
    expect(summary.counts['pa-plats']).toBe(1);
  });

  it('links plan items on the questions or referencing the control, not dismissed ones', () => {
    const items = [
      planItem({ id: 'p1', questionId: 'kon-02' }),
      planItem({ id: 'p2', questionId: null, references: { iso: ['A.8.13'], csf: [], cis: [], nis2: [] } }),
      planItem({ id: 'p3', questionId: 'kon-03', dismissedReason: 'Nej' }),
    ];
    const row = soaRows(questionnaire, new Map(), emptyLegalRecord(), items).find(
      (r) => r.control.id === '8.13',
    )!;
    expect(row.plan.map((i) => i.id)).toEqual(['p1', 'p2']);
  });

  it('the sheet has a header and one row per control', () => {
    const sheet = soaSheet(soaRows(questionnaire, new Map(), emptyLegalRecord(), []));
    expect(sheet.data).toHaveLength(94);
    expect(sheet.data[1]?.[0]).toMatchObject({ value: 'A.5.1' });
  });
});
