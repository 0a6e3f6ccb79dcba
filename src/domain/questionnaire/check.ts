import {
  MSB_PARTS,
  type ActionTemplate,
  type Question,
  type Questionnaire,
  type QuestionReferences,
} from './schema';
import { compareVersions } from '../exchange/semver';
import { CIS_IG1_SAFEGUARDS, CSF_CATEGORIES, ISO_ANNEX_A, ISO_CLAUSES, NIS2_LETTERS } from './reference-ids';

export type ContentProblem = { where: string; message: string };

const iso = new Set([...ISO_CLAUSES, ...ISO_ANNEX_A]);
const csf = new Set(CSF_CATEGORIES);
const cis = new Set(CIS_IG1_SAFEGUARDS);

function checkReferences(where: string, refs: QuestionReferences, out: ContentProblem[]): void {
  for (const id of refs.iso)
    if (!iso.has(id)) out.push({ where, message: `okänd ISO 27001:2022-hänvisning ${id}` });
  for (const id of refs.csf)
    if (!csf.has(id)) out.push({ where, message: `okänd NIST CSF 2.0-kategori ${id}` });
  for (const id of refs.cis)
    if (!cis.has(id)) out.push({ where, message: `okänd CIS v8 IG1-skyddsåtgärd ${id}` });
}

/** The NIS2 article a duty in 2 kap. cybersäkerhetslagen carries over; 2 kap. 3 § may cite a letter instead. */
const DUTY_ARTICLE: Record<string, string | null> = {
  '2:2': 'art3.4',
  '2:3': null,
  '2:4': 'art20',
  '2:5-8': 'art23',
  '2:9-10': 'art23',
};

/** A legal basis must be cited among the question's NIS2 references, and named once. */
function checkLegalBasis(where: string, question: Question, out: ContentProblem[]): void {
  const nis2: readonly string[] = question.references.nis2;
  const seen = new Set<string>();
  for (const basis of question.legalBasis) {
    const key = JSON.stringify(basis);
    if (seen.has(key)) out.push({ where, message: `rättslig grund ${key} står två gånger` });
    seen.add(key);
    if (basis.kind === 'csl-measure' && !nis2.includes(basis.letter))
      out.push({ where, message: `åtgärdsområde ${basis.letter} saknas bland NIS2-hänvisningarna` });
    if (basis.kind === 'csl-duty') {
      const article = DUTY_ARTICLE[basis.paragraph];
      if (article && !nis2.includes(article))
        out.push({ where, message: `skyldigheten ${basis.paragraph} ska hänvisa till NIS2 ${article}` });
      if (!article && nis2.length === 0)
        out.push({ where, message: `skyldigheten ${basis.paragraph} saknar NIS2-hänvisning` });
    }
  }
}

function hasAnyReference(refs: QuestionReferences): boolean {
  return refs.iso.length + refs.csf.length + refs.cis.length + refs.nis2.length > 0;
}

/**
 * The content rules beyond the file schema: unique ids, six distinct levels, actions for every
 * step up to level 3, known references and roles, and NIS2 article 21.2 covered in full.
 * Returns every problem found; an empty list means the content is sound.
 */
export function checkQuestionnaire(q: Questionnaire): ContentProblem[] {
  const out: ContentProblem[] = [];
  const roles = new Set(q.roles.map((r) => r.id));
  const ids = new Map<string, string>();
  const texts = new Map<string, string>();

  const claimId = (id: string, where: string) => {
    const earlier = ids.get(id);
    if (earlier) out.push({ where, message: `id ${id} används redan i ${earlier}` });
    else ids.set(id, where);
  };
  const checkAction = (a: ActionTemplate, where: string) => {
    claimId(a.id, where);
    if (!roles.has(a.owner)) out.push({ where, message: `okänd roll ${a.owner}` });
    if (!hasAnyReference(a.references)) out.push({ where, message: 'åtgärden saknar hänvisning' });
    checkReferences(where, a.references, out);
  };

  const levels = q.scale.map((s) => s.level).join(',');
  if (levels !== '0,1,2,3,4,5') out.push({ where: 'scale', message: 'skalan ska ha nivå 0–5 i ordning' });

  for (const area of q.areas) {
    claimId(area.id, `område ${area.id}`);
    for (const a of area.areaActions) {
      checkAction(a, `område ${area.id} / åtgärd ${a.id}`);
      if (a.toLevel < 4)
        out.push({ where: `område ${area.id}`, message: 'områdesåtgärder gäller nivå 4 och 5' });
    }
    for (const question of area.questions) {
      const where = `fråga ${question.id}`;
      claimId(question.id, where);
      const normalized = question.text.sv.toLowerCase().replace(/\s+/g, ' ');
      const twin = texts.get(normalized);
      if (twin) out.push({ where, message: `samma frågetext som ${twin}` });
      texts.set(normalized, question.id);

      const distinct = new Set(question.levels.map((l) => l.sv.trim().toLowerCase()));
      if (distinct.size !== 6) out.push({ where, message: 'nivåbeskrivningarna 0–5 ska vara sex olika' });
      const scaleText = new Set(q.scale.map((s) => s.description.sv.trim().toLowerCase()));
      if (question.levels.some((l) => scaleText.has(l.sv.trim().toLowerCase())))
        out.push({ where, message: 'en nivå upprepar skalans allmänna text' });

      if (!MSB_PARTS[question.msb.step].includes(question.msb.part))
        out.push({
          where,
          message: `MSB-delen "${question.msb.part}" finns inte i steget ${question.msb.step}`,
        });
      if (!hasAnyReference(question.references)) out.push({ where, message: 'frågan saknar hänvisning' });
      checkReferences(where, question.references, out);
      checkLegalBasis(where, question, out);

      for (const step of [1, 2, 3])
        if (!question.actions.some((a) => a.toLevel === step))
          out.push({ where, message: `åtgärd saknas för steget ${step - 1}→${step}` });
      for (const a of question.actions) checkAction(a, `${where} / åtgärd ${a.id}`);
    }
  }
  out.push(...checkChanges(q));
  return out;
}

/**
 * The change log must tell the truth: the current version has an entry (after 1.0.0), entries are in version
 * order, a removed question is gone and its answer's fate is in `idMappings`, and an added or
 * changed question exists (or was removed by a later entry).
 */
export function checkChanges(q: Questionnaire): ContentProblem[] {
  const out: ContentProblem[] = [];
  const today = new Set(q.areas.flatMap((a) => a.questions.map((x) => x.id)));
  const removedLater = new Set<string>();
  const versions = q.changes.map((c) => c.version);
  // A first release (1.0.0) has nothing to compare with; every later one says what it changed.
  if (q.version !== '1.0.0' && !versions.includes(q.version))
    out.push({ where: 'changes', message: `version ${q.version} saknar en beskrivning av vad som ändrats` });
  versions.forEach((v, i) => {
    if (i > 0 && compareVersions(versions[i - 1]!, v) >= 0)
      out.push({ where: `changes ${v}`, message: 'versionerna ska stå i ordning, äldst först' });
  });
  for (const change of [...q.changes].reverse()) {
    const where = `changes ${change.version}`;
    for (const id of [...change.added, ...change.changed])
      if (!today.has(id) && !removedLater.has(id)) out.push({ where, message: `frågan ${id} finns inte` });
    for (const id of change.removed) {
      if (today.has(id)) out.push({ where, message: `frågan ${id} är borttagen men finns kvar` });
      const mapped = q.idMappings.some(
        (m) => compareVersions(m.fromVersion, change.version) < 0 && Object.hasOwn(m.questions, id),
      );
      if (!mapped) out.push({ where, message: `idMappings säger inte vart svaret på ${id} tar vägen` });
      removedLater.add(id);
    }
  }
  return out;
}

/** NIS2 article 21.2 letters that no question references. */
export function uncoveredNis2Letters(q: Questionnaire): string[] {
  const covered = new Set<string>(q.areas.flatMap((a) => a.questions.flatMap((x) => x.references.nis2)));
  return NIS2_LETTERS.filter((l) => !covered.has(l));
}

export function countContent(q: Questionnaire) {
  const questions = q.areas.flatMap((a) => a.questions);
  const actions =
    questions.reduce((n, x) => n + x.actions.length, 0) +
    q.areas.reduce((n, a) => n + a.areaActions.length, 0);
  return { areas: q.areas.length, questions: questions.length, actions };
}
