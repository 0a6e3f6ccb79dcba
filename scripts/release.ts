import { createHash } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { ZipFile } from 'yazl';
import { BUILD_INFO_FILE, type BuildInfo } from './build-info.ts';
import { LICENCE_TEXT_FILE, SERVICE_WORKER_PACKAGES } from './licence-notice.ts';

export type ReleaseInput = {
  /** The built app (`vite build`). */
  distDir: string;
  /** nginx.conf, web.config and .htaccess, shipped with the app. */
  hostingDir: string;
  /** docs/hosting.md, shipped beside the app so IT has the guide offline. */
  guide: string;
  outDir: string;
};

export type Release = { zip: string; checksumFile: string; sha256: string; files: string[] };

/** Files every release must hold; a build that lacks one stops the release. */
const REQUIRED = ['index.html', 'sw.js', 'manifest.webmanifest', LICENCE_TEXT_FILE, BUILD_INFO_FILE];
/** The hosting files that only take effect inside the app's folder (IIS and Apache read them there). */
const IN_APP_FOLDER = ['web.config', '.htaccess'];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The service worker is bundled by Workbox, which the licence plugin cannot see. Each Workbox
 * module marks itself (`workbox:<name>:<version>`); every marked package must be in the notice.
 */
export function checkServiceWorkerLicences(distDir: string): void {
  const markers = new Set<string>();
  for (const name of readdirSync(distDir).filter((n) => /^(workbox-.*|sw)\.js$/.test(n)))
    for (const m of readFileSync(join(distDir, name), 'utf8').matchAll(/workbox:([a-z-]+):\d/g))
      markers.add(`workbox-${m[1]}`);
  const missing = [...markers].filter((p) => !SERVICE_WORKER_PACKAGES.includes(p));
  if (missing.length > 0)
    throw new Error(
      `Tjänstearbetaren innehåller paket som saknas i licensförteckningen: ${missing.join(', ')}. ` +
        'Lägg till dem i SERVICE_WORKER_PACKAGES i scripts/licence-notice.ts.',
    );
}

/**
 * Zips the built app for a kommun's IT: `lis-stegen/` is the folder to put on the web server (with
 * web.config and .htaccess already inside), `hosting/` the nginx configuration and the guide. A
 * SHA-256 checksum file goes beside the zip, and a SHA256SUMS list of every file inside it.
 */
export async function makeRelease(input: ReleaseInput): Promise<Release> {
  for (const name of REQUIRED)
    if (!existsSync(join(input.distDir, name)))
      throw new Error(`${name} saknas i ${input.distDir}: bygg appen först (npm run build).`);
  checkServiceWorkerLicences(input.distDir);
  const info = JSON.parse(readFileSync(join(input.distDir, BUILD_INFO_FILE), 'utf8')) as BuildInfo;

  const root = `lis-stegen-${info.app}`;
  const entries: { path: string; data: Buffer }[] = [];
  for (const name of listFiles(input.distDir))
    entries.push({ path: `lis-stegen/${name}`, data: readFileSync(join(input.distDir, name)) });
  for (const name of listFiles(input.hostingDir)) {
    const data = readFileSync(join(input.hostingDir, name));
    entries.push({ path: `${IN_APP_FOLDER.includes(name) ? 'lis-stegen' : 'hosting'}/${name}`, data });
  }
  entries.push({ path: 'hosting/hosting.md', data: readFileSync(input.guide) });
  entries.push({ path: LICENCE_TEXT_FILE, data: readFileSync(join(input.distDir, LICENCE_TEXT_FILE)) });
  entries.sort((a, b) => a.path.localeCompare(b.path));
  const sums = entries.map((e) => `${sha256(e.data)}  ${e.path}\n`).join('');
  entries.push({ path: 'SHA256SUMS', data: Buffer.from(sums) });

  mkdirSync(input.outDir, { recursive: true });
  const zip = join(input.outDir, `${root}.zip`);
  // Every entry carries the build date, so one build always zips to the same bytes.
  const mtime = new Date(`${info.buildDate}T00:00:00Z`);
  const file = new ZipFile();
  for (const e of entries) file.addBuffer(e.data, `${root}/${e.path}`, { mtime, mode: 0o100644 });
  file.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(zip);
    out.on('close', resolve);
    out.on('error', reject);
    file.outputStream.on('error', reject).pipe(out);
  });

  const digest = sha256(readFileSync(zip));
  const checksumFile = `${zip}.sha256`;
  // The format `sha256sum -c` reads; on Windows compare with `Get-FileHash <zip>`.
  writeFileSync(checksumFile, `${digest}  ${basename(zip)}\n`);
  return { zip, checksumFile, sha256: digest, files: entries.map((e) => `${root}/${e.path}`) };
}

async function main() {
  const here = (path: string) => join(import.meta.dirname, '..', path);
  const release = await makeRelease({
    distDir: here('dist'),
    hostingDir: here('hosting'),
    guide: here('docs/hosting.md'),
    outDir: here('release'),
  });
  console.log(`${relative(process.cwd(), release.zip)} (${release.files.length} filer)`);
  console.log(`${relative(process.cwd(), release.checksumFile)}: ${release.sha256}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
