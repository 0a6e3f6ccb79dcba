import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

export type SizedFile = { file: string; bytes: number; gzip: number };

/** gzip at zlib's default level 6, what most static hosts use; each file on its own, as served. */
export const gzipBytes = (data: Buffer | string) => gzipSync(data).byteLength;

function sized(dist: string, file: string): SizedFile {
  const data = readFileSync(join(dist, file));
  return { file, bytes: data.byteLength, gzip: gzipBytes(data) };
}

/** Resolves `./assets/x.js` in index.html (base './') to a path inside dist. */
const inDist = (from: string, ref: string) => posix.normalize(posix.join(posix.dirname(from), ref));

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g))
    out[m[1]!.toLowerCase()] = m[3] ?? m[4] ?? m[5] ?? '';
  return out;
}

/** The static `import … from` / `export … from` / `import '…'` of an ES module: what loads with it. */
export function staticImports(code: string): string[] {
  const source = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const out: string[] = [];
  for (const statement of source.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      !(ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly)
    )
      out.push(statement.moduleSpecifier.text);
  }
  return out;
}

export type FirstLoad = { js: SizedFile[]; css: SizedFile[]; jsGzip: number; cssGzip: number };

/**
 * What index.html makes the browser load before the start page can run: the entry script, every
 * module it statically imports (transitively), modulepreload links and stylesheets. Lazy chunks
 * (`import()`) are not counted.
 */
export function firstLoad(dist: string): FirstLoad {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const js = new Set<string>();
  const css = new Set<string>();
  const queue: string[] = [];
  for (const m of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    if (m[1]!.toLowerCase() === 'script' && a.type === 'module' && a.src)
      queue.push(inDist('index.html', a.src));
    const rel = (a.rel ?? '').toLowerCase();
    if (rel === 'modulepreload' && a.href) queue.push(inDist('index.html', a.href));
    if (rel === 'stylesheet' && a.href) css.add(inDist('index.html', a.href));
  }
  if (queue.length === 0) throw new Error('index.html has no module entry script');
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (js.has(file)) continue;
    if (!existsSync(join(dist, file))) throw new Error(`index.html loads ${file}, which is not in dist`);
    js.add(file);
    for (const spec of staticImports(readFileSync(join(dist, file), 'utf8')))
      if (spec.startsWith('.')) queue.push(inDist(file, spec));
  }
  const jsFiles = [...js].map((f) => sized(dist, f)).sort((a, b) => b.gzip - a.gzip);
  const cssFiles = [...css].map((f) => sized(dist, f));
  return {
    js: jsFiles,
    css: cssFiles,
    jsGzip: jsFiles.reduce((s, f) => s + f.gzip, 0),
    cssGzip: cssFiles.reduce((s, f) => s + f.gzip, 0),
  };
}

export type Precache = {
  entries: number;
  files: SizedFile[];
  duplicates: string[];
  missing: string[];
  bytes: number;
  gzip: number;
};

/** The files dist/sw.js precaches (workbox's `precacheAndRoute([{url, revision}, …])`). */
export function precache(dist: string): Precache {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) throw new Error('dist/sw.js is missing');
  const urls = [...readFileSync(sw, 'utf8').matchAll(/\burl\s*:\s*"([^"]+)"/g)].map((m) => m[1]!);
  if (urls.length === 0) throw new Error('no precache manifest found in dist/sw.js');
  const unique = [...new Set(urls)];
  const duplicates = unique.filter((u) => urls.indexOf(u) !== urls.lastIndexOf(u));
  const missing = unique.filter((u) => !existsSync(join(dist, u)) || !statSync(join(dist, u)).isFile());
  const files = unique.filter((u) => !missing.includes(u)).map((u) => sized(dist, u));
  return {
    entries: urls.length,
    files,
    duplicates,
    missing,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } | null {
  if (!existsSync(file)) return null;
  const b = readFileSync(file);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47 || b.toString('latin1', 12, 16) !== 'IHDR')
    return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
