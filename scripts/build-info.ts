import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export type BuildInfo = { app: string; questionnaire: string; buildDate: string };

export const BUILD_INFO_FILE = 'version.json';

/** The question bank's version, read from its head file without assembling the whole bank. */
export function questionnaireVersion(headFile: string): string {
  const version = /^version:\s*(\S+)/m.exec(readFileSync(headFile, 'utf8'))?.[1];
  if (!version) throw new Error(`${headFile} saknar version`);
  return version;
}

/**
 * Writes version.json into the build: what `npm run release` names the zip after and records,
 * and what a kommun's IT can read off a running server to see which version it hosts.
 */
export function buildInfo(info: BuildInfo): Plugin {
  return {
    name: 'lis-build-info',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: BUILD_INFO_FILE,
        source: `${JSON.stringify(info, null, 2)}\n`,
      });
    },
  };
}
