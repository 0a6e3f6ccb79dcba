import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';

/**
 * Import directions (docs/architecture.md): domain imports nothing else from src; storage and
 * content import domain only; features never import each other or the app shell.
 */
const zones = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain', './test'],
    message: 'domain is pure: no React, storage or UI',
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
  ...['assessments', 'walk-through', 'report', 'action-plan', 'sharing', 'method', 'about'].map((f) => ({
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
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
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
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'dexie', 'dexie-*', 'zustand'] }],
    },
  },
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  prettier,
);
