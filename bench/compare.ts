/**
 * Two or more builds side by side: the 1,000-question plan's (or report's) first open, each build
 * in turn from the same idle start page in one browser, so that every build sees the same machine.
 * On a shared machine this tells a change from the noise better than ratios to reference work
 * taken in separate runs (docs/performance.md, issue 11, "Against today's time").
 *
 *   # build each version with the bench's 1,000-question bank into its own folder, e.g.
 *   tsx bench/compare.ts --write-bank /tmp/q
 *   LIS_BENCH_QUESTIONNAIRE=/tmp/q LIS_BENCH_OUT_DIR=/tmp/site-new vite build -c bench/vite.synthetic.config.ts
 *   (the same in a worktree of the older commit, into /tmp/site-old)
 *   tsx bench/compare.ts /tmp/site-old /tmp/site-new [--runs 10] [--report] [--settle 4000] [--service-worker]
 *
 * Prints each build's median time with its samples, and each build's median over the first one's.
 * --settle waits that long on the start page first, so that its idle prefetch has loaded
 * everything: what is left is the page's own work.
 * --service-worker lets the app's service worker install and serve the pages, as it does for a
 * returning user (the bench's own report and plan figures run without it, so every chunk comes
 * from the bench's HTTP/1.1 server).
 */
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { generateQuestionnaire, questionIds } from './lib/synthetic';
import { serveFolder, type StaticServer } from './lib/server';
import { launchBrowser, newContext } from './lib/browser';
import { createAssessment } from './lib/pages';
import { idle, openAndWait, planItems, seedAnswers, REPORT_TABLE_CAPTION } from './lib/in-page';

const SYNTHETIC = { areas: 25, perArea: 40, actionsPerQuestion: 2 };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '10' },
    report: { type: 'boolean', default: false },
    settle: { type: 'string', default: '0' },
    'write-bank': { type: 'string' },
    'service-worker': { type: 'boolean', default: false },
  },
});

const bankFolder = values['write-bank'];
if (bankFolder) {
  generateQuestionnaire(bankFolder, SYNTHETIC);
  console.log(`1,000-question bank written to ${bankFolder}`);
  process.exit(0);
}
if (positionals.length < 2) {
  console.error(
    'usage: tsx bench/compare.ts <built site> <built site> … [--runs N] [--report] [--settle ms]',
  );
  process.exit(2);
}

const runs = Number(values.runs);
const settle = Number(values.settle);
const withWorker = values['service-worker'];
const target: 'report-table' | 'plan-item' = values.report ? 'report-table' : 'plan-item';
const ids = questionIds(generateQuestionnaire(`${process.env.TMPDIR ?? '/tmp'}/lis-compare-bank`, SYNTHETIC));
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

const browser = await launchBrowser();
const servers: StaticServer[] = [];
try {
  const builds: { folder: string; page: Page; id: string; url: string; ms: number[] }[] = [];
  for (const folder of positionals) {
    const server = await serveFolder(folder);
    servers.push(server);
    const page = await (
      await newContext(browser, { serviceWorkers: withWorker ? 'allow' : 'block' })
    ).newPage();
    const id = await createAssessment(page, server.url, 'Mätby kommun');
    // Installed means precached: from the next load on, every chunk comes from the worker's cache.
    if (withWorker) await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.evaluate(seedAnswers, { assessmentId: id, questionIds: ids, level: 0, note: 'Anteckning' });
    builds.push({ folder, page, id, url: server.url, ms: [] });
  }
  for (let i = 0; i < runs; i++) {
    for (const build of builds) {
      const { page, id } = build;
      await page.goto(build.url);
      await page.getByRole('link', { name: 'Ny skattning' }).waitFor();
      if (target === 'plan-item') await page.evaluate(planItems, { assessmentId: id, clear: true });
      await page.reload();
      await page.getByRole('link', { name: 'Ny skattning' }).waitFor();
      if (withWorker && !(await page.evaluate(() => navigator.serviceWorker.controller !== null)))
        throw new Error(`${build.folder}: the service worker does not control the page`);
      await page.evaluate(idle, 2000);
      if (settle > 0) await page.waitForTimeout(settle);
      const hash = `#/skattning/${encodeURIComponent(id)}/${target === 'plan-item' ? 'plan' : 'rapport'}`;
      const { ms } = await page.evaluate(openAndWait, {
        hash,
        target,
        caption: REPORT_TABLE_CAPTION,
        timeoutMs: 30_000,
      });
      build.ms.push(ms);
      await page.goto('about:blank');
    }
  }
  const first = median(builds[0]!.ms);
  for (const { folder, ms } of builds)
    console.log(
      `${folder}: median ${median(ms).toFixed(0)} ms (${(median(ms) / first).toFixed(2)} of the first)`,
      ms.map((m) => m.toFixed(0)).join(' '),
    );
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
