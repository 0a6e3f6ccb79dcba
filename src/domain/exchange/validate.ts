import type { z } from 'zod';
import type { ShareBundle } from './bundle';
import { MAX_ISSUES } from './limits';
import { answerSchema, bundleSchema, bundleShellSchema, planItemSchema } from './schema';

export type ValidationIssue = { path: string; message: string };

export type Validation = { ok: true; bundle: ShareBundle } | { ok: false; issues: ValidationIssue[] };

/**
 * Keys that could reach an object's prototype if later code copied the data carelessly. Strict
 * objects already reject them, but zod records silently drop `__proto__`, so look for them first.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An issue message names the problem, never the offending value, and stays short. */
const MAX_MESSAGE = 200;

/**
 * Checks untrusted data (parsed JSON, or an in-memory bundle about to be exported). The lists are
 * checked item by item and checking stops once there are as many issues as are shown: a file with
 * thousands of broken items costs no more than one with twenty.
 */
export function validateBundle(data: unknown): Validation {
  const shell = bundleShellSchema.safeParse(data);
  const issues: ValidationIssue[] = shell.success ? [] : toIssues(shell.error.issues);
  const lists = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  checkItems(lists.answers, answerSchema, 'answers', issues);
  checkItems(lists.actions, planItemSchema, 'actions', issues);
  if (issues.length > 0) return { ok: false, issues };
  // Only now walk every value: the checks above have bounded every list, so the walk is short. Run
  // first, it walked all the millions of values of a hostile file that the checks refuse at once.
  const forbidden = findForbiddenKey(data);
  if (forbidden !== null) return { ok: false, issues: [{ path: forbidden, message: 'Forbidden key' }] };
  // Every item is valid: the whole schema adds the rules across items and gives the typed bundle.
  const result = bundleSchema.safeParse(data);
  if (result.success) return { ok: true, bundle: result.data };
  return { ok: false, issues: toIssues(result.error.issues) };
}

function checkItems(items: unknown, schema: z.ZodType, list: string, issues: ValidationIssue[]): void {
  if (!Array.isArray(items)) return;
  for (let i = 0; i < items.length && issues.length < MAX_ISSUES; i++) {
    const result = schema.safeParse(items[i]);
    if (!result.success) issues.push(...toIssues(result.error.issues, MAX_ISSUES - issues.length, [list, i]));
  }
}

/** The first `max` issues as short path–message pairs; the paths of the others are never built. */
export function toIssues(
  issues: readonly z.core.$ZodIssue[],
  max: number = MAX_ISSUES,
  prefix: readonly (string | number)[] = [],
): ValidationIssue[] {
  return issues.slice(0, max).map((i) => ({
    path: [...prefix, ...i.path].map(String).join('.'),
    message: i.message.slice(0, MAX_MESSAGE),
  }));
}

/** The dotted path of the first forbidden key, or null. Iterative, so depth cannot overflow the stack. */
export function findForbiddenKey(root: unknown): string | null {
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
