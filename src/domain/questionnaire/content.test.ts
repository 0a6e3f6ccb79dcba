import { describe, expect, it } from 'vitest';
import { checkQuestionnaire, countContent, uncoveredNis2Letters } from './check';
import { realQuestionnaire } from '../../test/sample';

/** The rules from the content guide, enforced over the real question bank. */
describe('the kommun questionnaire', () => {
  const q = realQuestionnaire();

  it('passes every content rule', () => {
    expect(checkQuestionnaire(q)).toEqual([]);
  });

  it('has fifteen areas with 5–10 questions each and at least 70 questions in all', () => {
    expect(q.areas).toHaveLength(15);
    for (const area of q.areas) {
      expect(area.questions.length, area.id).toBeGreaterThanOrEqual(5);
      // 10 since 1.1.0: skydd-av-system split sky-02 (inventory, configuration) and sky-08
      // (requirements checked before go-live, change management), one thing per question.
      expect(area.questions.length, area.id).toBeLessThanOrEqual(10);
    }
    expect(countContent(q).questions).toBeGreaterThanOrEqual(70);
  });

  it('covers every letter a–j of NIS2 article 21.2', () => {
    expect(uncoveredNis2Letters(q)).toEqual([]);
  });

  it('has six distinct non-empty levels and actions for every step up to 3 on every question', () => {
    for (const question of q.areas.flatMap((a) => a.questions)) {
      expect(new Set(question.levels.map((l) => l.sv)).size, question.id).toBe(6);
      for (const step of [1, 2, 3])
        expect(
          question.actions.some((a) => a.toLevel === step),
          `${question.id} → ${step}`,
        ).toBe(true);
    }
  });

  it('has area actions for the upper steps in every area', () => {
    for (const area of q.areas) {
      expect(
        area.areaActions.some((a) => a.toLevel === 4),
        area.id,
      ).toBe(true);
      expect(
        area.areaActions.some((a) => a.toLevel === 5),
        area.id,
      ).toBe(true);
    }
  });

  it('says in every area, in plain words, what could happen to the services if the area is weak', () => {
    for (const area of q.areas) {
      expect(area.risk?.sv, area.id).toBeTruthy();
      expect(area.risk?.en, area.id).toBeTruthy();
      // Plain language: no sentence longer than about 40 words.
      for (const sentence of area.risk!.sv.split(/[.!?]\s/))
        expect(sentence.split(/\s+/).length, area.id).toBeLessThanOrEqual(40);
    }
  });

  it('spreads the actions: no role owns more than a quarter of them', () => {
    const actions = q.areas.flatMap((a) => [...a.questions.flatMap((x) => x.actions), ...a.areaActions]);
    const owned = new Map<string, number>();
    for (const a of actions) owned.set(a.owner, (owned.get(a.owner) ?? 0) + 1);
    for (const [role, count] of owned) expect(count / actions.length, role).toBeLessThanOrEqual(0.25);
  });

  it('gives each decision to a body that can take it (issue 14, point 3)', () => {
    const actions = q.areas.flatMap((a) => [...a.questions.flatMap((x) => x.actions), ...a.areaActions]);
    // Kommunledningsgruppen prepares and advises; it decides nothing for the kommun.
    expect(actions.filter((a) => a.owner === 'ledningsgrupp').map((a) => a.id)).toEqual([]);
    expect(
      actions
        .filter((a) =>
          /beslut\w* (i|av) (kommun)?ledningsgruppen/i.test(`${a.description.sv} ${a.deliverable.sv}`),
        )
        .map((a) => a.id),
    ).toEqual([]);
    // An action titled as a decision is owned by a body that decides (IT-chefen only for IT's own routines).
    expect(
      actions
        .filter((a) => /^(Besluta|Fastställ)/.test(a.title.sv) && !DECIDING.has(a.owner))
        .map((a) => a.id),
    ).toEqual([]);
    // "Ta fram och få beslut om …" is owned by the one who prepares, and the deliverable names who decides.
    expect(
      actions
        .filter((a) => /^Ta fram och få beslut/.test(a.title.sv) && !DECIDER_NAMED.test(a.deliverable.sv))
        .map((a) => a.id),
    ).toEqual([]);
    // The kommundirektör carries decisions, not the preparation: at most a tenth of all actions.
    const direktor = actions.filter((a) => a.owner === 'kommundirektor').length;
    expect(direktor / actions.length).toBeLessThanOrEqual(0.1);
  });

  it('uses one word for one thing and no anglicisms in the Swedish text (docs/content-guide.md, Words)', () => {
    expect(avoidedWords(q)).toEqual([]);
  });

  it('keeps level sentences short: none over 30 words, none over 25 at level 3, at most 23 over 25 in all (issue 14, language)', () => {
    const long = q.areas
      .flatMap((a) => a.questions)
      .flatMap((x) =>
        x.levels.flatMap((level, n) =>
          sentences(level.sv)
            .filter((s) => words(s) > 25)
            .map((s) => ({ where: `${x.id} nivå ${n}`, words: words(s), s })),
        ),
      );
    // The list is printed so that a writer sees which sentences to shorten next.
    if (long.length) console.info(long.map((l) => `${l.where} (${l.words}): ${l.s}`).join('\n'));
    expect(long.filter((l) => l.words > 30).map((l) => l.where)).toEqual([]);
    expect(long.filter((l) => l.where.endsWith('nivå 3')).map((l) => l.where)).toEqual([]);
    expect(long.length).toBeLessThanOrEqual(23);
  });

  it('gives English beside every Swedish text: titles, guidance, levels and actions', () => {
    expect(textsWithoutEnglish(q)).toEqual([]);
  });

  it('has levels that climb: level 3 is in place, not planned; level 4 names its own target (issue 14, point 4)', () => {
    const questions = q.areas.flatMap((a) => a.questions);
    expect(questions.filter((x) => PLAN_ONLY.test(x.levels[3]!.sv)).map((x) => x.id)).toEqual([]);
    expect(questions.filter((x) => !/\bmålet\b/i.test(x.levels[4]!.sv)).map((x) => x.id)).toEqual([]);
    expect(alikeTexts(questions.map((x) => [x.id, x.levels[4]!.sv] as const))).toEqual([]);
  });
});

/** Wording that accepts a plan as done; level 3 ("Infört") describes what is in place. */
const PLAN_ONLY =
  /\bplaner(ar|as|at|ade)\b|\bplan finns\b|\bfinns en plan\b|\bplanerat datum\b|\bska tas fram\b|\bpåbörja[dts]?\b|\bavser att\b/i;

/**
 * Pairs of texts that share most of their words (Jaccard ≥ 0.6 over the word sets): a level 4
 * copied from question to question says nothing about the question.
 */
function alikeTexts(texts: readonly (readonly [string, string])[]): string[] {
  const words = texts.map(([id, text]) => [id, new Set(text.toLowerCase().match(/[\p{L}\d]+/gu))] as const);
  const alike: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const [a, wa] = words[i]!;
      const [b, wb] = words[j]!;
      const shared = [...wa].filter((w) => wb.has(w)).length;
      if (shared / (wa.size + wb.size - shared) >= 0.6) alike.push(`${a} ~ ${b}`);
    }
  return alike;
}

/**
 * Words the Swedish text avoids, each with the word to use instead. The bank says
 * flerfaktorsautentisering, utpressningsprogram, skrivbordsövning and penetrationstest.
 */
const AVOIDED: readonly [RegExp, string][] = [
  [/backupsystem/i, 'systemet för säkerhetskopiering'],
  [/exitplan/i, 'plan för avslut'],
  [/endpoint/i, 'skydd på datorerna'],
  [/workshop/i, 'arbetsmöte'],
  [/ransomware/i, 'utpressningsprogram'],
  [/flerfaktorsinloggning|multifaktor/i, 'flerfaktorsautentisering'],
  [/(?<!skriv)bordsövning/i, 'skrivbordsövning'],
  [/pentest|penetrationstestning/i, 'penetrationstest'],
];

/** "where: word" for every Swedish text in the bank that uses an avoided word. */
function avoidedWords(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => avoidedWords(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' ? `${path}#${record.id}` : path;
  const own =
    typeof record.sv === 'string'
      ? AVOIDED.filter(([re]) => re.test(record.sv as string)).map(
          ([re, use]) => `${path}: ${re.source} → ${use}`,
        )
      : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => avoidedWords(v, `${id}.${k}`))];
}

/** Paths of every `{ sv, en? }` text in the questionnaire that has no English. */
function textsWithoutEnglish(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => textsWithoutEnglish(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' ? `${path}#${record.id}` : path;
  const own = typeof record.sv === 'string' && !record.en ? [path] : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => textsWithoutEnglish(v, `${id}.${k}`))];
}

/** Roles that can take a decision an action is titled with (IT-chefen for IT's own routines). */
const DECIDING = new Set([
  'kommunfullmaktige',
  'kommunstyrelsen',
  'kommundirektor',
  'forvaltningschef',
  'it-chef',
]);

/** A deliverable of "Ta fram och få beslut om …" names the body that decides. */
const DECIDER_NAMED = /kommundirektören|kommunstyrelsen|nämnd|förvaltningschef|kommunfullmäktige|IT-chefen/;

/** Sentences of a text: a full stop, question or exclamation mark followed by a capital or a digit. */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])/);
const words = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;
