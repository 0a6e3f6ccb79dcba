import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_MODULE, questionnairePlugin } from './questionnaire-plugin';
import { readQuestionnaireFolder } from './read-questionnaire';

const folder = join(import.meta.dirname, '..', 'questionnaires', 'kommun');

/** Runs the plugin's resolveId and load hooks the way the bundler would. */
function build(from: string) {
  const plugin = questionnairePlugin(from);
  const watched: string[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const resolve = plugin.resolveId as unknown as (id: string) => string | null;
  const load = plugin.load as unknown as (this: typeof context, id: string) => string | null;
  const id = resolve(QUESTIONNAIRE_MODULE);
  if (!id) throw new Error('not resolved');
  return { code: load.call(context, id), watched, other: load.call(context, 'src/main.tsx') };
}

describe('questionnairePlugin', () => {
  it('ships the validated questionnaire as JSON and watches every file', () => {
    const { code, watched, other } = build(folder);
    expect(other).toBeNull();
    const json = /^export const questionnaire = JSON\.parse\((".*")\);$/s.exec(code ?? '')?.[1];
    expect(json).toBeDefined();
    const read = readQuestionnaireFolder(folder);
    if (!read.ok) throw new Error('the real questionnaire is broken');
    expect(JSON.parse(JSON.parse(json!) as string)).toEqual(read.questionnaire);
    expect(watched).toContain(join(folder, 'questionnaire.yaml'));
    expect(watched.filter((f) => f.endsWith('.yaml'))).toHaveLength(read.questionnaire.areas.length + 1);
  });

  it('fails the build on a broken questionnaire, naming the file and the field', () => {
    const copy = mkdtempSync(join(tmpdir(), 'lis-q-'));
    try {
      cpSync(folder, copy, { recursive: true });
      const file = join(copy, 'areas', 'samverkan.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('toLevel: 1', 'toLevel: 9'));
      expect(() => build(copy)).toThrow(/areas\/samverkan\.yaml questions\.0\.actions\.0\.toLevel/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
