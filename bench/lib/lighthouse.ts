import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './browser';
import { pngSize } from './sizes';

export type LighthouseResult = {
  url: string;
  accessibility: number;
  bestPractices: number;
  /** Audits that did not pass, per category: "id: first items of its details". */
  failing: { accessibility: string[]; bestPractices: string[] };
  version: string;
};

export type DebuggingChromium = { port: number; close: () => Promise<void> };

/**
 * Debian's Chromium (or CHROMIUM_PATH) started headless with a DevTools port for Lighthouse to drive,
 * in its own process group and profile folder, so that close() ends exactly what was started.
 */
export async function startChromium(profile: string): Promise<DebuggingChromium> {
  const executable = chromiumPath ?? chromium.executablePath();
  const child: ChildProcess = spawn(
    executable,
    [
      ...CHROMIUM_ARGS,
      '--headless',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { detached: true, stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
  };
  const portFile = join(profile, 'DevToolsActivePort');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
      if (port > 0) return { port, close };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await close();
  throw new Error(`${executable} did not open a DevTools port within 30 s (exit code ${child.exitCode})`);
}

/** Lighthouse's accessibility and best-practices categories for one URL, desktop, no throttling. */
export async function runLighthouse(url: string, port: number, timeoutMs: number): Promise<LighthouseResult> {
  // Imported here, so that a missing or broken Lighthouse fails this figure, not the whole bench.
  const { default: lighthouse } = await import('lighthouse');
  let timer: NodeJS.Timeout | undefined;
  const run = lighthouse(url, {
    port,
    hostname: '127.0.0.1',
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['accessibility', 'best-practices'],
    formFactor: 'desktop',
    screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
    throttlingMethod: 'provided',
    disableFullPageScreenshot: true,
  });
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Lighthouse took more than ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const result = await Promise.race([run, timeout]);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => {
      const s = lhr.categories[id]?.score;
      if (typeof s !== 'number') throw new Error(`Lighthouse gave no ${id} score`);
      return Math.round(s * 100);
    };
    const failing = (category: string) =>
      (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        if (!audit || typeof audit.score !== 'number' || audit.score >= 1 || ref.weight === 0) return [];
        const items = (audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
        const what = items
          .slice(0, 3)
          .map((item) => {
            const node = item.node as { snippet?: string } | undefined;
            const text = item.issueType ?? item.description ?? node?.snippet ?? item.source ?? '';
            const sub = (item.subItems as { items?: { url?: string }[] } | undefined)?.items ?? [];
            const urls = sub.flatMap((i) => (i.url ? [i.url.replace(/^https?:\/\/[^/]+\//, '')] : []));
            const where = urls.length ? ` in ${[...new Set(urls)].join(', ')}` : '';
            return `${String(typeof text === 'object' ? JSON.stringify(text) : text)}${where}`.slice(0, 200);
          })
          .filter(Boolean);
        return [`${ref.id}${what.length ? `: ${what.join(' | ')}` : ''}`];
      });
    return {
      url,
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      failing: { accessibility: failing('accessibility'), bestPractices: failing('best-practices') },
      version: lhr.lighthouseVersion,
    };
  } finally {
    clearTimeout(timer);
  }
}

export type ManifestCheck = { ok: boolean; problems: string[] };

/**
 * What Lighthouse's PWA category checked for installability before Lighthouse 12 removed it: a
 * linked web manifest with a name, a start_url, display standalone, and PNG icons of 192 and 512
 * pixels that exist with those sizes. (The service worker part is checked in the browser.)
 */
export function checkManifest(dist: string): ManifestCheck {
  const problems: string[] = [];
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const href = /<link\b[^>]*\brel=["']?manifest["']?[^>]*>/i
    .exec(html)?.[0]
    .match(/\bhref=["']?([^"'\s>]+)/i)?.[1];
  if (!href) return { ok: false, problems: ['index.html links no web manifest'] };
  const file = join(dist, href.replace(/^\.?\//, ''));
  if (!existsSync(file)) return { ok: false, problems: [`${href} is missing`] };
  let manifest: {
    name?: string;
    short_name?: string;
    start_url?: string;
    display?: string;
    icons?: { src?: string; sizes?: string; type?: string; purpose?: string }[];
  };
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as typeof manifest;
  } catch (error) {
    return { ok: false, problems: [`${href} is not JSON: ${String(error)}`] };
  }
  if (!manifest.name && !manifest.short_name) problems.push('no name');
  if (!manifest.start_url) problems.push('no start_url');
  if (manifest.display !== 'standalone')
    problems.push(`display is ${manifest.display ?? 'missing'}, not standalone`);
  for (const size of [192, 512]) {
    const icon = (manifest.icons ?? []).find(
      (i) =>
        (i.sizes ?? '').split(/\s+/).includes(`${size}x${size}`) &&
        (i.purpose ?? 'any').split(/\s+/).includes('any') &&
        (i.type ?? 'image/png') === 'image/png',
    );
    if (!icon?.src) {
      problems.push(`no ${size}x${size} PNG icon for purpose any`);
      continue;
    }
    const real = pngSize(join(dist, icon.src.replace(/^\.?\//, '')));
    if (!real) problems.push(`icon ${icon.src} is missing or not a PNG`);
    else if (real.width !== size || real.height !== size)
      problems.push(`icon ${icon.src} is ${real.width}x${real.height}, not ${size}x${size}`);
  }
  return { ok: problems.length === 0, problems };
}
