import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The modules the plan page loads before its first rows: every static import from PlanPage.tsx
 * on, followed through the source (type-only imports and `import()` are not loads). The form
 * libraries stay out: they load when a form is first shown (lazy-forms.tsx), which keeps the
 * 1,000-question plan's first open short (docs/performance.md, issue 11).
 */
function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specs: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(?!type\b)(?:[^;]*?\s+from\s+)?'([^']+)'/gm;
  for (const match of code.matchAll(pattern)) specs.push(match[1]!);
  return specs;
}

function resolveSource(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
    base,
  ])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return null;
}

function firstLoad(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of staticImports(file)) {
      const next = resolveSource(file, spec);
      if (next) queue.push(next);
      else if (!spec.startsWith('.') && !spec.startsWith('virtual:')) packages.add(spec);
    }
  }
  return { files, packages };
}

const planPage = join(import.meta.dirname, 'PlanPage.tsx');

describe('what the plan page loads before its first rows', () => {
  it('leaves out zod and react-hook-form, and the modules that bring them', () => {
    const { files, packages } = firstLoad(planPage);
    expect(files.size).toBeGreaterThan(20);
    expect([...packages].filter((p) => /^(zod|react-hook-form|@hookform\/)/.test(p))).toEqual([]);
    const names = [...files].map((f) => f.slice(f.indexOf('/src/') + 1));
    for (const heavy of [
      'src/domain/zod.ts',
      'src/domain/plan/edit-schema.ts',
      'src/domain/plan/reassign.ts',
      'src/features/action-plan/PlanItemForm.tsx',
      'src/features/action-plan/AdoptionForm.tsx',
    ])
      expect(names).not.toContain(heavy);
  });

  it('follows the page as the bundler does: the forms are reached only through import()', () => {
    const { files } = firstLoad(join(import.meta.dirname, 'PlanItemForm.tsx'));
    const names = [...files].map((f) => f.slice(f.indexOf('/src/') + 1));
    expect(names).toContain('src/domain/plan/edit-schema.ts');
    expect(names).toContain('src/domain/zod.ts');
  });
});
