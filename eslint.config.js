import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import { readdirSync } from 'node:fs';

/** Every feature folder, so that a new feature is inside the "features do not import each other" rule at once. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/**
 * Import directions (docs/architecture.md): domain imports nothing else from src; storage and
 * content import domain only; features never import each other or the app shell.
 */
const zones = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'domain is pure: no React, storage, UI or test helpers',
  },
  {
    target: './src/storage',
    from: './src',
    except: ['./storage', './domain', './test'],
    message: 'storage imports domain only',
  },
  {
    target: './src/content',
    from: './src',
    except: ['./content', './domain'],
    message: 'content imports domain only',
  },
  { target: './src/ui', from: './src', except: ['./ui'], message: 'ui has no domain knowledge' },
  {
    target: './src/i18n',
    from: './src',
    except: ['./i18n', './domain/questionnaire'],
    message: 'i18n stands alone',
  },
  { target: './src/data', from: ['./src/features', './src/app'], message: 'data hooks serve features' },
  { target: './src/features', from: './src/app', message: 'features do not import the app shell' },
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'features do not import each other',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'release', 'node_modules', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Imported files are untrusted: render text only.',
        },
      ],
    },
  },
  {
    // Tests of the domain share the sample questionnaires of src/test; the domain code itself may not.
    files: ['src/domain/**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: zones.map((z) =>
            z.target === './src/domain' ? { ...z, except: ['./domain', './test'] } : z,
          ),
        },
      ],
    },
  },
  {
    // Only src/storage touches IndexedDB: not Dexie, its React hooks, the database module or the global.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie-*'], message: 'Only src/storage uses Dexie; call a function there.' },
            {
              group: ['**/storage/db', '**/storage/db.ts'],
              message: 'Tables are reached through the functions of src/storage, never directly.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'Only src/storage touches IndexedDB.' },
        { name: 'IDBKeyRange', message: 'Only src/storage touches IndexedDB.' },
      ],
    },
  },
  {
    // The domain is plain TypeScript that runs in Node: no page, no browser storage, no network.
    // This block comes after the storage one, so that its import list replaces that one here.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'dexie', 'dexie-*', 'zustand', '**/storage/*'],
              message: 'src/domain is plain TypeScript: no React, Dexie, zustand or storage.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'history',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'IDBKeyRange',
          'caches',
          'fetch',
          'XMLHttpRequest',
          'WebSocket',
          'Worker',
          'alert',
          'confirm',
          'prompt',
          'HTMLElement',
          'Element',
          'Node',
          'Event',
          'MutationObserver',
          'requestAnimationFrame',
        ].map((name) => ({ name, message: 'src/domain is plain TypeScript: no DOM or browser globals.' })),
      ],
    },
  },
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  prettier,
);
