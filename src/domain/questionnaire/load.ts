import { z } from '../zod.ts';
import { areaSchema, questionnaireHeadSchema, questionnaireSchema, type Questionnaire } from './schema.ts';

export type LoadProblem = { file: string; path: string; message: string };

export type LoadResult = { ok: true; questionnaire: Questionnaire } | { ok: false; problems: LoadProblem[] };

function problemsOf(file: string, error: z.ZodError): LoadProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: issue.path.join('.'),
    message: issue.message,
  }));
}

/**
 * Joins a parsed questionnaire head and its parsed area files into one validated questionnaire.
 * Pure: the caller reads and parses the YAML (at build time, or from disk in scripts and tests).
 */
export function assembleQuestionnaire(
  head: unknown,
  areaFiles: Readonly<Record<string, unknown>>,
  options: { headFile?: string; allowMissingAreas?: boolean } = {},
): LoadResult {
  const headFile = options.headFile ?? 'questionnaire.yaml';
  const parsedHead = questionnaireHeadSchema.safeParse(head);
  if (!parsedHead.success) return { ok: false, problems: problemsOf(headFile, parsedHead.error) };

  const problems: LoadProblem[] = [];
  const areas = [];
  for (const areaId of parsedHead.data.areas) {
    const file = `areas/${areaId}.yaml`;
    if (!(areaId in areaFiles)) {
      if (options.allowMissingAreas) continue;
      problems.push({ file, path: '', message: 'filen saknas' });
      continue;
    }
    const parsed = areaSchema.safeParse(areaFiles[areaId]);
    if (!parsed.success) problems.push(...problemsOf(file, parsed.error));
    else if (parsed.data.id !== areaId)
      problems.push({ file, path: 'id', message: `id ska vara "${areaId}" som filnamnet` });
    else areas.push(parsed.data);
  }
  if (problems.length > 0) return { ok: false, problems };

  const { areas: _order, ...rest } = parsedHead.data;
  const full = questionnaireSchema.safeParse({ ...rest, areas });
  if (!full.success) return { ok: false, problems: problemsOf(headFile, full.error) };
  return { ok: true, questionnaire: full.data };
}
