import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { questionnairePlugin } from './scripts/questionnaire-plugin.ts';
import { licenceNotice } from './scripts/licence-notice.ts';
import { buildInfo, questionnaireVersion } from './scripts/build-info.ts';
import { contentSecurityPolicy } from './scripts/security-headers.ts';
import { prerenderShell } from './scripts/prerender-plugin.ts';

const appVersion = (
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }
).version;

/** The day the app was built, shown on the "Om" page; SOURCE_DATE_EPOCH makes a rebuild repeatable. */
const buildDate = (
  process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date()
)
  .toISOString()
  .slice(0, 10);

/** The production page may only talk to its own origin; dev needs inline scripts for hot reload. */
function cspMeta(): Plugin {
  return {
    name: 'lis-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  base: './',
  define: { __APP_VERSION__: JSON.stringify(appVersion), __BUILD_DATE__: JSON.stringify(buildDate) },
  plugins: [
    questionnairePlugin(fileURLToPath(new URL('./questionnaires/kommun', import.meta.url))),
    react(),
    cspMeta(),
    prerenderShell(),
    licenceNotice(fileURLToPath(new URL('./dist', import.meta.url))),
    buildInfo({
      app: appVersion,
      questionnaire: questionnaireVersion(
        fileURLToPath(new URL('./questionnaires/kommun/questionnaire.yaml', import.meta.url)),
      ),
      buildDate,
    }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        name: 'LIS-stegen',
        short_name: 'LIS-stegen',
        description: 'Självskattning och handlingsplan för kommunens informationssäkerhet',
        lang: 'sv',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f91',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The licence notice (txt, json) is precached too: the "Om" page shows it offline.
        globPatterns: ['**/*.{js,css,html,png,svg,ico,txt,json}'],
        // A larger question bank makes a larger content chunk; it must still be precached.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // A lazy page asks for all of its chunks at once (Vite's inserted modulepreload links) instead
    // of finding them level by level as each arrives: four round trips on the plan's way without a
    // service worker. Measured both ways, the flat list won (docs/performance.md, issue 11).
    modulePreload: { polyfill: false },
  },
  // The file reader runs as a module worker (src/features/sharing/read-file.worker.ts).
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
