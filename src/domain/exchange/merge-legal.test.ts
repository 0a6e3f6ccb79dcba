import { describe, expect, it } from 'vitest';
import { emptyLegalRecord, type LegalRecord } from '../legal/types';
import { diffLegal, setLegalItem } from './merge-legal';

const T = '2026-03-01T08:00:00.000Z';
function filled(): LegalRecord {
  const legal = emptyLegalRecord();
  legal.place.category = 'vasentlig';
  legal.place.kommunCode = '0980';
  legal.place.contacts.reporter = { name: 'Cecilia Berg', phone: '0498-26 90 00', email: '' };
  legal.duties['csl-2-7'] = { status: 'pa-plats', reason: 'Beslut KS', evidence: 'KS 2026/45', updatedAt: T };
  legal.trainings = [
    { id: 't1', name: 'Anna Ek', body: 'KS', course: 'MCF', date: '2026-03-05', updatedAt: T },
  ];
  legal.soa['7.12'] = {
    applicable: false,
    reasons: ['verksamhetsanalys'],
    justification: 'Fastighetsbolaget',
    override: null,
    overrideReason: '',
    updatedAt: T,
  };
  return legal;
}

/** Applies every automatic change and takes theirs in every conflict. */
function takeAll(mine: LegalRecord, theirs: LegalRecord): LegalRecord {
  const result = structuredClone(mine);
  const plan = diffLegal(mine, theirs);
  for (const a of plan.automatic) if (a.kind === 'legal') setLegalItem(result, a.result);
  for (const c of plan.conflicts) if (c.kind === 'legal') setLegalItem(result, c.theirs);
  return result;
}

describe('diffLegal', () => {
  it('finds nothing between identical records, nor when only the times differ', () => {
    expect(diffLegal(filled(), filled())).toEqual({ automatic: [], conflicts: [] });
    const later = filled();
    later.duties['csl-2-7']!.updatedAt = '2026-04-01T08:00:00.000Z';
    later.trainings[0]!.updatedAt = '2026-04-01T08:00:00.000Z';
    expect(diffLegal(filled(), later)).toEqual({ automatic: [], conflicts: [] });
  });

  it('takes everything of theirs into an empty record without asking, and gets their record back', () => {
    const plan = diffLegal(emptyLegalRecord(), filled());
    expect(plan.conflicts).toEqual([]);
    expect(plan.automatic).toHaveLength(6);
    expect(takeAll(emptyLegalRecord(), filled())).toEqual(filled());
  });

  it('never removes what only mine has', () => {
    expect(diffLegal(filled(), emptyLegalRecord())).toEqual({ automatic: [], conflicts: [] });
  });

  it('asks when both hold something different, field by field and entry by entry', () => {
    const theirs = filled();
    theirs.place.category = 'viktig';
    theirs.place.contacts.reporter.phone = '070-000 00 00';
    theirs.duties['csl-2-7']!.status = 'delvis';
    theirs.trainings[0]!.date = null;
    theirs.soa['7.12']!.applicable = true;
    const plan = diffLegal(filled(), theirs);
    expect(plan.automatic).toEqual([]);
    expect(plan.conflicts.map((c) => c.id)).toEqual([
      'legal:place:category',
      'legal:contact:reporter',
      'legal:duty:csl-2-7',
      'legal:training:t1',
      'legal:soa:7.12',
    ]);
    expect(takeAll(filled(), theirs)).toEqual(theirs);
  });

  it('adds a training only theirs has beside mine', () => {
    const theirs = filled();
    theirs.trainings.push({ id: 't2', name: 'Bo Lind', body: 'KS', course: '', date: null, updatedAt: T });
    const merged = takeAll(filled(), theirs);
    expect(merged.trainings.map((e) => e.name)).toEqual(['Anna Ek', 'Bo Lind']);
  });
});

describe('merging two share files', () => {
  it('takes their legal record into mine through diffBundles and applyMerge, and asks where both differ', async () => {
    const { fullBundle, filledBundle } = await import('./fixtures/full-bundle');
    const { diffBundles } = await import('./merge');
    const { applyMerge } = await import('./merge-apply');
    const mine = fullBundle();
    const theirs = filledBundle();
    theirs.actions = mine.actions;
    const plan = diffBundles(mine, theirs);
    expect(plan.conflicts).toEqual([]);
    const merged = applyMerge(mine, theirs, plan, {}, () => 'x');
    expect(merged.assessment.legal).toEqual(theirs.assessment.legal);

    const changed = structuredClone(theirs);
    changed.assessment.legal.soa['7.12']!.applicable = true;
    const second = diffBundles(merged, changed);
    expect(second.conflicts.map((c) => c.id)).toEqual(['legal:soa:7.12']);
    const kept = applyMerge(merged, changed, second, { 'legal:soa:7.12': 'mine' }, () => 'x');
    expect(kept.assessment.legal.soa['7.12']!.applicable).toBe(false);
    const taken = applyMerge(merged, changed, second, { 'legal:soa:7.12': 'theirs' }, () => 'x');
    expect(taken.assessment.legal.soa['7.12']!.applicable).toBe(true);
  });
});
