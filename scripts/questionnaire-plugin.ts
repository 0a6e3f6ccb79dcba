import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { readQuestionnaireFolder } from './read-questionnaire.ts';

/** The module that src/content/kommun.ts re-exports. */
export const QUESTIONNAIRE_MODULE = 'virtual:lis-questionnaire';
const RESOLVED = `\0${QUESTIONNAIRE_MODULE}`;

/**
 * Reads the questionnaire folder at build time, validates it with the questionnaire's zod schema (a
 * broken file fails the build, never a user's page; the content rules run in the unit tests and in
 * `npm run validate:questionnaires`), and ships the result as JSON. The browser then only parses JSON: no YAML and no schema check on the way to a
 * report or a plan. Dev reloads when a YAML file changes.
 */
export function questionnairePlugin(folder: string): Plugin {
  return {
    name: 'lis-questionnaire',
    resolveId: (id) => (id === QUESTIONNAIRE_MODULE ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const result = readQuestionnaireFolder(folder);
      if (!result.ok) {
        const problems = result.problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('\n');
        this.error(`Frågebanken i ${folder} är trasig:\n${problems}`);
      }
      this.addWatchFile(join(folder, 'questionnaire.yaml'));
      for (const name of readdirSync(join(folder, 'areas')))
        if (name.endsWith('.yaml')) this.addWatchFile(join(folder, 'areas', name));
      // JSON.parse of a string literal parses faster in browsers than an object literal this size.
      const json = JSON.stringify(result.questionnaire);
      return `export const questionnaire = JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
