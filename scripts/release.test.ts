import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromBuffer, type Entry } from 'yauzl';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelease } from './release';

function unzip(file: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    fromBuffer(readFileSync(file), { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('entry', (entry: Entry) =>
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

let dir: string;
let input: Parameters<typeof makeRelease>[0];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lis-release-'));
  const dist = join(dir, 'dist');
  const hosting = join(dir, 'hosting');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  mkdirSync(join(hosting, 'nginx'), { recursive: true });
  const files: Record<string, string> = {
    'dist/index.html': '<!doctype html>',
    'dist/sw.js': "define(['./workbox-1'],function(){})",
    'dist/workbox-1.js': 'self["workbox:core:7.4.0"]&&_();self["workbox:precaching:7.4.0"]&&_()',
    'dist/manifest.webmanifest': '{}',
    'dist/third-party-licenses.txt': 'react 19.3.1 MIT',
    'dist/version.json': '{"app":"2.3.4","questionnaire":"1.1.0","buildDate":"2026-12-01"}',
    'dist/assets/index-abc.js': 'console.log(1)',
    'hosting/web.config': '<configuration/>',
    'hosting/.htaccess': 'Options -Indexes',
    'hosting/nginx/lis-stegen.conf': 'location /lis-stegen/ {}',
    'hosting.md': '# Hosting',
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  input = { distDir: dist, hostingDir: hosting, guide: join(dir, 'hosting.md'), outDir: join(dir, 'out') };
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run release', () => {
  it('zips the app with its hosting files, named for the version, with a checksum that matches', async () => {
    const release = await makeRelease(input);
    expect(release.zip).toBe(join(dir, 'out', 'lis-stegen-2.3.4.zip'));
    const digest = createHash('sha256').update(readFileSync(release.zip)).digest('hex');
    expect(readFileSync(release.checksumFile, 'utf8')).toBe(`${digest}  lis-stegen-2.3.4.zip\n`);

    const files = await unzip(release.zip);
    expect([...files.keys()].sort()).toEqual([
      'lis-stegen-2.3.4/SHA256SUMS',
      'lis-stegen-2.3.4/hosting/hosting.md',
      'lis-stegen-2.3.4/hosting/nginx/lis-stegen.conf',
      'lis-stegen-2.3.4/lis-stegen/.htaccess',
      'lis-stegen-2.3.4/lis-stegen/assets/index-abc.js',
      'lis-stegen-2.3.4/lis-stegen/index.html',
      'lis-stegen-2.3.4/lis-stegen/manifest.webmanifest',
      'lis-stegen-2.3.4/lis-stegen/sw.js',
      'lis-stegen-2.3.4/lis-stegen/third-party-licenses.txt',
      'lis-stegen-2.3.4/lis-stegen/version.json',
      'lis-stegen-2.3.4/lis-stegen/web.config',
      'lis-stegen-2.3.4/lis-stegen/workbox-1.js',
      'lis-stegen-2.3.4/third-party-licenses.txt',
    ]);
    // Every file is listed in SHA256SUMS with its own hash.
    const sums = files.get('lis-stegen-2.3.4/SHA256SUMS')!.toString().trim().split('\n');
    expect(sums).toHaveLength(files.size - 1);
    for (const line of sums) {
      const [hash, path] = line.split('  ');
      const data = files.get(`lis-stegen-2.3.4/${path}`)!;
      expect(createHash('sha256').update(data).digest('hex'), path).toBe(hash);
    }
  });

  it('zips one build to the same bytes every time', async () => {
    const first = readFileSync((await makeRelease(input)).zip);
    const second = readFileSync((await makeRelease(input)).zip);
    expect(second.equals(first)).toBe(true);
  });

  it('stops when the build lacks the licence notice', async () => {
    rmSync(join(input.distDir, 'third-party-licenses.txt'));
    await expect(makeRelease(input)).rejects.toThrow(/third-party-licenses\.txt saknas/);
  });

  it('stops when the service worker holds a package the notice does not name', async () => {
    writeFileSync(join(input.distDir, 'workbox-1.js'), 'self["workbox:expiration:7.4.0"]&&_()');
    await expect(makeRelease(input)).rejects.toThrow(/workbox-expiration/);
  });
});
