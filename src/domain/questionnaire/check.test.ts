import { describe, expect, it } from 'vitest';
import { checkQuestionnaire, countContent, uncoveredNis2Letters } from './check';
import { assembleQuestionnaire } from './load';
import { sampleQuestionnaire } from '../../test/sample';
import type { Questionnaire } from './schema';

const broken = (change: (q: Questionnaire) => void) => {
  const q = structuredClone(sampleQuestionnaire());
  change(q);
  return checkQuestionnaire(q).map((p) => p.message);
};

describe('checkQuestionnaire', () => {
  it('accepts the sample and counts it', () => {
    const q = sampleQuestionnaire();
    expect(checkQuestionnaire(q)).toEqual([]);
    expect(countContent(q)).toEqual({ areas: 2, questions: 6, actions: 19 });
    expect(uncoveredNis2Letters(q)).toEqual(['b', 'd', 'f', 'g', 'h', 'i']);
  });

  it('finds a duplicate question id', () => {
    expect(broken((q) => (q.areas[1]!.questions[0]!.id = 'sty-01'))).toContain(
      'id sty-01 används redan i fråga sty-01',
    );
  });

  it('finds a missing action for a step up to level 3', () => {
    expect(broken((q) => q.areas[0]!.questions[0]!.actions.splice(1, 1))).toContain(
      'åtgärd saknas för steget 1→2',
    );
  });

  it('finds two identical level descriptions and a repeated scale text', () => {
    expect(
      broken((q) => (q.areas[0]!.questions[0]!.levels[2] = q.areas[0]!.questions[0]!.levels[1]!)),
    ).toContain('nivåbeskrivningarna 0–5 ska vara sex olika');
    expect(
      broken((q) => (q.areas[0]!.questions[0]!.levels[0] = { sv: q.scale[0]!.description.sv })),
    ).toContain('en nivå upprepar skalans allmänna text');
  });

  it('finds unknown references, roles and MSB parts', () => {
    const messages = broken((q) => {
      const question = q.areas[0]!.questions[0]!;
      question.references.iso.push('A.5.38', '11.1');
      question.references.csf.push('GV.XX');
      question.references.cis.push('16.1');
      question.msb.part = 'Gapanalys';
      question.actions[0]!.owner = 'borgmastare';
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        'okänd ISO 27001:2022-hänvisning A.5.38',
        'okänd ISO 27001:2022-hänvisning 11.1',
        'okänd NIST CSF 2.0-kategori GV.XX',
        'okänd CIS v8 IG1-skyddsåtgärd 16.1',
        'MSB-delen "Gapanalys" finns inte i steget utforma',
        'okänd roll borgmastare',
      ]),
    );
  });

  it('finds a legal basis that its NIS2 references do not cite, and one named twice', () => {
    const messages = broken((q) => {
      const [first, second] = q.areas[0]!.questions;
      first!.legalBasis.push({ kind: 'csl-measure', letter: 'b' }, { kind: 'csl-measure', letter: 'a' });
      second!.legalBasis = [{ kind: 'csl-duty', paragraph: '2:5-8' }];
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        'åtgärdsområde b saknas bland NIS2-hänvisningarna',
        'rättslig grund {"kind":"csl-measure","letter":"a"} står två gånger',
        'skyldigheten 2:5-8 ska hänvisa till NIS2 art23',
      ]),
    );
    expect(messages).toHaveLength(3);
  });

  it('finds two questions with the same text', () => {
    expect(
      broken((q) => (q.areas[1]!.questions[0]!.text = { sv: q.areas[0]!.questions[0]!.text.sv })),
    ).toContain('samma frågetext som sty-01');
  });
});

describe('assembleQuestionnaire', () => {
  it('reports a missing area file and an area whose id differs from its file name', () => {
    const q = sampleQuestionnaire();
    const head = { ...q, areas: ['styrning', 'skydd'] };
    const missing = assembleQuestionnaire(head, { styrning: q.areas[0] });
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.problems[0]).toMatchObject({ file: 'areas/skydd.yaml', message: 'filen saknas' });
    const renamed = assembleQuestionnaire(head, { styrning: q.areas[0], skydd: q.areas[0] });
    expect(renamed.ok).toBe(false);
  });

  it('rejects an unknown legal basis and a NIS2 article on an action', () => {
    const q = sampleQuestionnaire();
    const head = { ...q, areas: ['styrning', 'skydd'] };
    const load = (change: (area: (typeof q.areas)[0]) => void) => {
      const area = structuredClone(q.areas[0]!);
      change(area);
      return assembleQuestionnaire(head, { styrning: area, skydd: q.areas[1] }).ok;
    };
    expect(load(() => {})).toBe(true);
    expect(
      load((a) => a.questions[0]!.legalBasis.push({ kind: 'csl-duty', paragraph: '2:11' } as never)),
    ).toBe(false);
    expect(load((a) => a.questions[0]!.legalBasis.push({ kind: 'other-law', law: 'lou' } as never))).toBe(
      false,
    );
    expect(load((a) => a.questions[0]!.references.nis2.push('art23'))).toBe(true);
    expect(load((a) => a.questions[0]!.actions[0]!.references.nis2.push('art23' as never))).toBe(false);
  });

  it('rejects unknown keys, a bad semver and a wrong number of levels', () => {
    const q = sampleQuestionnaire();
    const head = { ...q, areas: ['styrning', 'skydd'] };
    expect(assembleQuestionnaire({ ...head, version: '1.0' }, {}).ok).toBe(false);
    expect(assembleQuestionnaire({ ...head, extra: 1 }, {}).ok).toBe(false);
    const area = structuredClone(q.areas[0]!);
    area.questions[0]!.levels.pop();
    expect(assembleQuestionnaire(head, { styrning: area, skydd: q.areas[1] }).ok).toBe(false);
  });
});
