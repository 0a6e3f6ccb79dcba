import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { MSB_PARTS, MSB_STEPS } from '../../src/domain/questionnaire/schema';
import { assembleQuestionnaire } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { repoRoot } from './paths';

/**
 * A synthetic questionnaire in the real YAML format (questionnaire.yaml + areas/<id>.yaml):
 * `areas` × `perArea` questions with `actionsPerQuestion` actions each (toLevel 1, 2, …). Text
 * lengths follow the averages of questionnaires/kommun (question 127, guidance 665, evidence 194,
 * level 145, action title 44, description 211, deliverable 94 characters), from a seeded random
 * choice of Swedish words so that every build is the same and compresses like real prose.
 */
const WORDS = (
  'kommunen förvaltningen ledningen ansvar informationssäkerhet riskanalys klassning incident kontinuitet ' +
  'leverantör behörighet åtkomst utbildning uppföljning beslut dokumenterat rutin system information ' +
  'verksamheten skydd åtgärd samordnare styrdokument policy kontroll granskning rapport arbete ' +
  'regelbundet hela organisationen tydligt fastställd plan mål nivå krav lagen säkerhet personal ' +
  'ägare förvaltare drift avtal uppdrag och att som för med till av på är det inte en ett har ska kan ' +
  'varje år alla nya genom efter enligt'
).split(' ');

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SyntheticSize = { areas: number; perArea: number; actionsPerQuestion: number };

export function generateQuestionnaire(folder: string, size: SyntheticSize): Questionnaire {
  const rnd = random(20261122);
  const text = (chars: number, end = '.') => {
    const words: string[] = [];
    let length = 0;
    while (length < chars - 1) {
      const w = WORDS[Math.floor(rnd() * WORDS.length)]!;
      words.push(w);
      length += w.length + 1;
    }
    const s = words.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}${end}`;
  };
  const real = parse(readFileSync(join(repoRoot, 'questionnaires/kommun/questionnaire.yaml'), 'utf8')) as {
    scale: unknown;
    roles: { id: string }[];
  };
  const roles = real.roles.map((r) => r.id);
  const two = (n: number) => String(n).padStart(2, '0');
  const areaIds = Array.from({ length: size.areas }, (_, a) => `syntetiskt-omrade-${two(a + 1)}`);

  const head = {
    id: 'kommun',
    version: '1.0.0',
    title: { sv: 'Syntetisk frågebank för prestandamätning', en: 'Synthetic question bank for benchmarks' },
    description: { sv: text(400), en: text(400) },
    scale: real.scale,
    roles: real.roles,
    areas: areaIds,
    idMappings: [],
  };
  const areas: Record<string, unknown> = {};
  areaIds.forEach((areaId, a) => {
    const step = MSB_STEPS[a % MSB_STEPS.length]!;
    const parts = MSB_PARTS[step];
    areas[areaId] = {
      id: areaId,
      title: { sv: `Område ${a + 1}: ${text(40, '')}`, en: `Area ${a + 1}` },
      description: { sv: text(600), en: text(600) },
      msbStep: step,
      questions: Array.from({ length: size.perArea }, (_, q) => {
        const id = `s${two(a + 1)}-q${two(q + 1)}`;
        return {
          id,
          text: { sv: text(127, '?'), en: text(127, '?') },
          guidance: { sv: text(665) },
          evidence: { sv: text(194) },
          levels: Array.from({ length: 6 }, () => ({ sv: text(145) })),
          msb: { step, part: parts[q % parts.length]! },
          references: {
            iso: ['5.1', 'A.5.15'],
            csf: ['GV.RR'],
            cis: ['5.2'],
            nis2: q % 3 === 0 ? ['a'] : [],
          },
          legalBasis: q % 3 === 0 ? [{ kind: 'csl-measure' as const, letter: 'a' }] : [],
          actions: Array.from({ length: size.actionsPerQuestion }, (_, k) => ({
            id: `${id}-${k + 1}`,
            toLevel: k + 1,
            title: { sv: text(44, '') },
            description: { sv: text(211) },
            deliverable: { sv: text(94) },
            owner: roles[(a + q + k) % roles.length]!,
            effort: (['liten', 'medel', 'stor'] as const)[(q + k) % 3],
            references: { iso: ['5.1'], csf: [], cis: [], nis2: [] },
          })),
        };
      }),
      areaActions: [],
    };
  });

  const result = assembleQuestionnaire(head, areas);
  if (!result.ok)
    throw new Error(
      `synthetic questionnaire is invalid: ${result.problems
        .slice(0, 5)
        .map((p) => `${p.file} ${p.path}: ${p.message}`)
        .join('; ')}`,
    );
  mkdirSync(join(folder, 'areas'), { recursive: true });
  const yaml = (data: unknown) => stringify(data, { lineWidth: 100 });
  writeFileSync(join(folder, 'questionnaire.yaml'), yaml(head));
  for (const [id, area] of Object.entries(areas))
    writeFileSync(join(folder, 'areas', `${id}.yaml`), yaml(area));
  return result.questionnaire;
}

export const questionIds = (q: Questionnaire) => q.areas.flatMap((a) => a.questions.map((x) => x.id));
