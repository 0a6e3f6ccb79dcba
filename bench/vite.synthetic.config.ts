import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type Plugin, type PluginOption } from 'vite';
import base from '../vite.config';

/**
 * The app built with another questionnaire folder in place of questionnaires/kommun, for the
 * benchmarks. By hand:
 *
 *   LIS_BENCH_QUESTIONNAIRE=/tmp/q LIS_BENCH_OUT_DIR=/tmp/out vite build -c bench/vite.synthetic.config.ts
 *
 * src/content/kommun.ts imports `../../questionnaires/kommun/questionnaire.yaml` and globs
 * `../../questionnaires/kommun/areas/*.yaml`; this plugin loads that module with both paths pointing
 * at the other folder (relative to src/content, so that import.meta.glob expands them as usual).
 *
 * LIS_BENCH_WITHOUT_SW=1 leaves out vite-plugin-pwa's service-worker step, which refuses a build
 * whose questionnaire chunk is over workbox's 2 MiB precache limit; the web manifest and the
 * virtual register module stay.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONTENT = join(root, 'src', 'content', 'kommun.ts');
const FOLDER = '../../questionnaires/kommun/';

function questionnaireFrom(folder: string): Plugin {
  return {
    name: 'lis-bench-questionnaire',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== CONTENT) return null;
      const code = readFileSync(CONTENT, 'utf8');
      if (!code.includes(`'${FOLDER}questionnaire.yaml'`) || !code.includes(`'${FOLDER}areas/*.yaml'`))
        throw new Error(`${CONTENT} no longer imports ${FOLDER}questionnaire.yaml and areas/*.yaml`);
      const to = relative(dirname(CONTENT), folder).split(sep).join('/');
      return code.replaceAll(FOLDER, `${to}/`);
    },
  };
}

const flatten = (list: PluginOption[]): PluginOption[] =>
  list.flatMap((p) => (Array.isArray(p) ? flatten(p) : [p]));
const isSwBuild = (p: PluginOption) =>
  !!p && typeof p === 'object' && 'name' in p && p.name === 'vite-plugin-pwa:build';

export default defineConfig(() => {
  const folder = process.env.LIS_BENCH_QUESTIONNAIRE;
  const outDir = process.env.LIS_BENCH_OUT_DIR;
  if (!folder || !outDir) throw new Error('set LIS_BENCH_QUESTIONNAIRE and LIS_BENCH_OUT_DIR');
  const plugins = flatten(base.plugins ?? []).filter(
    (p) => !(process.env.LIS_BENCH_WITHOUT_SW && isSwBuild(p)),
  );
  return mergeConfig(
    { ...base, plugins },
    {
      root,
      logLevel: 'warn',
      plugins: [questionnaireFrom(resolve(folder))],
      build: {
        outDir: resolve(outDir),
        emptyOutDir: true,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 100_000,
      },
    },
  );
});
