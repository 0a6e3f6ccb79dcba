import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type PluginOption } from 'vite';
import base from '../vite.config';
import { questionnairePlugin } from '../scripts/questionnaire-plugin.ts';

/**
 * The app built with another questionnaire folder in place of questionnaires/kommun, for the
 * benchmarks. By hand:
 *
 *   LIS_BENCH_QUESTIONNAIRE=/tmp/q LIS_BENCH_OUT_DIR=/tmp/out vite build -c bench/vite.synthetic.config.ts
 *
 * The app's own questionnaire plugin is swapped for one that reads the other folder.
 *
 * LIS_BENCH_WITHOUT_SW=1 leaves out vite-plugin-pwa's service-worker step, which refuses a build
 * whose questionnaire chunk is over workbox's 2 MiB precache limit; the web manifest and the
 * virtual register module stay.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const flatten = (list: PluginOption[]): PluginOption[] =>
  list.flatMap((p) => (Array.isArray(p) ? flatten(p) : [p]));
const named = (p: PluginOption, name: string) =>
  !!p && typeof p === 'object' && 'name' in p && p.name === name;

export default defineConfig(() => {
  const folder = process.env.LIS_BENCH_QUESTIONNAIRE;
  const outDir = process.env.LIS_BENCH_OUT_DIR;
  if (!folder || !outDir) throw new Error('set LIS_BENCH_QUESTIONNAIRE and LIS_BENCH_OUT_DIR');
  const plugins = flatten(base.plugins ?? []).filter(
    (p) =>
      !named(p, 'lis-questionnaire') &&
      !(process.env.LIS_BENCH_WITHOUT_SW && named(p, 'vite-plugin-pwa:build')),
  );
  return mergeConfig(
    { ...base, plugins },
    {
      root,
      logLevel: 'warn',
      plugins: [questionnairePlugin(resolve(folder))],
      build: {
        outDir: resolve(outDir),
        emptyOutDir: true,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 100_000,
      },
    },
  );
});
