import type { z } from 'zod';
import type { ShareBundle } from './bundle';
import { MAX_ISSUES } from './limits';
import { bundleSchema } from './schema';

export type ValidationIssue = { path: string; message: string };

export type Validation = { ok: true; bundle: ShareBundle } | { ok: false; issues: ValidationIssue[] };

/**
 * Keys that could reach an object's prototype if later code copied the data carelessly. Strict
 * objects already reject them, but zod records silently drop `__proto__`, so look for them first.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An issue message names the problem, never the offending value, and stays short. */
const MAX_MESSAGE = 200;

/** Checks untrusted data (parsed JSON, or an in-memory bundle about to be exported). */
export function validateBundle(data: unknown): Validation {
  const forbidden = findForbiddenKey(data);
  if (forbidden !== null) return { ok: false, issues: [{ path: forbidden, message: 'Forbidden key' }] };
  const result = bundleSchema.safeParse(data);
  if (result.success) return { ok: true, bundle: result.data };
  return { ok: false, issues: toIssues(result.error.issues) };
}

export function toIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.slice(0, MAX_ISSUES).map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message.slice(0, MAX_MESSAGE),
  }));
}

/** The dotted path of the first forbidden key, or null. Iterative, so depth cannot overflow the stack. */
function findForbiddenKey(root: unknown): string | null {
  if (typeof root !== 'object' || root === null) return null;
  const stack: { value: object; path: string }[] = [{ value: root, path: '' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path } = item;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) return childPath;
      if (typeof child === 'object' && child !== null) stack.push({ value: child, path: childPath });
    }
  }
  return null;
}
