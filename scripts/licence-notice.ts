import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import license, { type Dependency } from 'rollup-plugin-license';
import type { Plugin } from 'vite';

/** What the "Om LIS-stegen" page reads: one entry per third-party package inside the built app. */
export type BundledLicence = {
  name: string;
  version: string;
  license: string;
  repository: string | null;
  text: string | null;
};

export const LICENCE_TEXT_FILE = 'third-party-licenses.txt';
export const LICENCE_JSON_FILE = 'third-party-licenses.json';

/**
 * The service worker (sw.js, workbox-*.js) is bundled by Workbox, outside Vite's module graph, so
 * the plugin cannot see it. generateSW puts these four packages into it; `npm run release` checks
 * the built worker's own package markers against this list and stops if one is missing here.
 */
export const SERVICE_WORKER_PACKAGES = [
  'workbox-core',
  'workbox-precaching',
  'workbox-routing',
  'workbox-strategies',
];

/** A package as Workbox's build resolves it, in the shape the plugin gives for bundled ones. */
function workboxPackage(name: string): Dependency {
  const from = createRequire(createRequire(import.meta.url).resolve('vite-plugin-pwa'));
  const build = createRequire(from.resolve('workbox-build'));
  const dir = dirname(build.resolve(`${name}/package.json`));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version: string;
    license: string;
    repository?: string | { url: string };
  };
  const licenceFile = join(dir, 'LICENSE');
  return {
    name,
    version: pkg.version,
    license: pkg.license,
    repository: pkg.repository ?? null,
    licenseText: existsSync(licenceFile) ? readFileSync(licenceFile, 'utf8') : null,
    noticeText: null,
  } as Dependency;
}

function withServiceWorker(dependencies: Dependency[]): Dependency[] {
  return [...dependencies, ...SERVICE_WORKER_PACKAGES.map(workboxPackage)];
}

function repositoryUrl(d: Dependency): string | null {
  const repo = d.repository;
  if (!repo) return null;
  return typeof repo === 'string' ? repo : repo.url;
}

function byName(a: Dependency, b: Dependency) {
  return (a.name ?? '').localeCompare(b.name ?? '') || (a.version ?? '').localeCompare(b.version ?? '');
}

function asText(dependencies: Dependency[]): string {
  const head = [
    'LIS-stegen – tredjepartskod i den byggda appen / third-party code in the built app',
    '',
    'Varje paket nedan finns med i appens JavaScript. Listan skapas vid bygget ur de moduler som faktiskt',
    'buntas, med licensen och licenstexten ur paketets egen katalog.',
    'Every package below is part of the app’s JavaScript. The list is made at build time from the modules',
    'actually bundled, with the licence and licence text from the package itself.',
    '',
  ];
  const body = withServiceWorker(dependencies)
    .sort(byName)
    .map((d) =>
      [
        '='.repeat(78),
        `${d.name ?? '?'} ${d.version ?? ''}`.trim(),
        `Licens / licence: ${d.license ?? 'okänd / unknown'}`,
        repositoryUrl(d) ? `Källa / source: ${repositoryUrl(d)}` : null,
        '',
        d.licenseText?.trim() ?? '(Paketet har ingen licenstext / the package ships no licence text)',
        d.noticeText ? `\n${d.noticeText.trim()}` : null,
        '',
      ]
        .filter((line) => line !== null)
        .join('\n'),
    );
  return [...head, ...body].join('\n');
}

function asJson(dependencies: Dependency[]): string {
  const entries: BundledLicence[] = withServiceWorker(dependencies)
    .sort(byName)
    .map((d) => ({
      name: d.name ?? '?',
      version: d.version ?? '',
      license: d.license ?? '',
      repository: repositoryUrl(d),
      text: d.licenseText?.trim() ?? null,
    }));
  return JSON.stringify(entries);
}

/**
 * Writes the third-party licence notice into the build, from the modules the bundler actually
 * put into the app (rollup-plugin-license reads each bundled module's package.json and licence
 * file): a text file for the kommun's IT and a JSON file the "Om" page shows. A package with no
 * licence, or one outside the permissive list, fails the build rather than shipping unnoticed.
 */
export function licenceNotice(outDir: string): Plugin {
  const plugin = license({
    thirdParty: {
      includePrivate: false,
      multipleVersions: true,
      allow: {
        test: '(MIT OR ISC OR Apache-2.0 OR BSD-2-Clause OR BSD-3-Clause OR 0BSD)',
        failOnUnlicensed: true,
        failOnViolation: true,
      },
      output: [
        { file: join(outDir, LICENCE_TEXT_FILE), template: asText },
        { file: join(outDir, LICENCE_JSON_FILE), template: asJson },
      ],
    },
  }) as unknown as Plugin;
  return { ...plugin, apply: 'build' };
}
