/**
 * `npm run bench:region`: the regional overview's import alone (290 synthetic result files), without
 * building the app. `npm run bench` measures the same in its own section. See docs/performance.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readQuestionnaireFolder } from '../scripts/read-questionnaire';
import { median, round } from './lib/figures';
import { repoRoot } from './lib/paths';
import { generateResultFiles, regionTimings } from './lib/region';

const RUNS = 5;
const BUDGET_MS = 2000;

const real = readQuestionnaireFolder(join(repoRoot, 'questionnaires/kommun'));
if (!real.ok) throw new Error('questionnaires/kommun does not load');
const folder = mkdtempSync(join(tmpdir(), 'lis-region-'));
try {
  await generateResultFiles(real.questionnaire, folder);
  const r = await regionTimings(real.questionnaire, folder, RUNS);
  const total = round(median(r.importAndAggregate), 1);
  const reference = round(median(r.reference), 1);
  console.log(
    `${r.files} result files (${round(r.bytes / 1000, 1)} kB, ${r.mapped} mapped from an older bank), median of ${RUNS}:`,
  );
  console.log(`  import and aggregate: ${total} ms (budget ${BUDGET_MS} ms)`);
  console.log(`  reference, read + JSON.parse only: ${reference} ms`);
  console.log(`  ratio: ${round(total / reference, 1)} ×`);
  console.log(`  one filtered picture (one län): ${round(median(r.filter), 1)} ms`);
  process.exitCode = total <= BUDGET_MS ? 0 : 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
