import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { assembleQuestionnaire, type LoadResult } from '../src/domain/questionnaire/load.ts';

/** Reads one questionnaire folder from disk (head plus every area file) and assembles it. */
export function readQuestionnaireFolder(folder: string, allowMissingAreas = false): LoadResult {
  const head: unknown = parse(readFileSync(join(folder, 'questionnaire.yaml'), 'utf8'));
  const areaDir = join(folder, 'areas');
  const areas: Record<string, unknown> = {};
  if (existsSync(areaDir)) {
    for (const name of readdirSync(areaDir)) {
      if (name.endsWith('.yaml')) areas[name.slice(0, -5)] = parse(readFileSync(join(areaDir, name), 'utf8'));
    }
  }
  return assembleQuestionnaire(head, areas, { allowMissingAreas });
}

export function questionnaireFolders(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'questionnaire.yaml')))
    .map((d) => join(root, d.name));
}
