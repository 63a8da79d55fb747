// House rules that hold by themselves: the layering of README's "结构" is checked here, so that a newcomer
// cannot break it by accident. `npm run lint` runs this; CI runs it beside the tests.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules.filter((m) => !m.startsWith('_')), 'node:*'];

/** `paths`/`patterns` entries for no-restricted-imports, each with the Chinese-free reason a developer reads. */
const noNode = {
  group: nodeBuiltins,
  message: 'shared/ is pure domain code: no Node built-ins (put I/O in electron/ or cli/).',
};
const noElectron = { regex: '^electron(/.*)?$', message: 'Only electron/ may import Electron.' };
const noShell = {
  group: ['**/electron/**', '!**/shared/**'],
  message: 'Reach the back end only through the contract in shared/api (no imports from electron/).',
};
const noRenderer = { group: ['**/renderer/**'], message: 'shared/ must not depend on the UI.' };
const noUiLibs = {
  group: ['react', 'react-dom', 'react-dom/*', 'slate', 'slate-*', 'zustand', 'zustand/*'],
  message: 'shared/ is pure domain code: no UI libraries.',
};
const noNative = {
  group: ['better-sqlite3', 'playwright-core', 'vite', 'vitest'],
  message: 'Native, browser-driving and build packages belong to electron/, tests/ or the build, not here.',
};
// The store and the handlers are reached through the contract (dispatch); the command line may use the
// file adapters (import-file, export-file) that turn paths into bytes and back, which need no database.
const noStoreFromCli = {
  group: [
    '**/electron/store/**',
    '**/electron/services/*-handlers',
    '**/electron/services/drafts',
    '**/electron/main/**',
  ],
  message: 'The command line reaches stored drafts only through the service contract.',
};

const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-electron/',
      'dist-cli/',
      'release/',
      'test-results/',
      '.tmp/',
      '**/*.d.mts',
      'tests/lint/violations/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-control-regex': 'off', // importers match control characters in real files on purpose
      'no-irregular-whitespace': 'off', // full-width and non-breaking spaces are data in this domain
      'no-misleading-character-class': 'off',
      // long Chinese strings and patterns stay whole (they are searched for); code and comments wrap at 120
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(noNode, noElectron, noShell, noRenderer, noUiLibs, noNative),
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'process',
          'Buffer',
          'require',
          '__dirname',
          'global',
        ].map((name) => ({ name, message: 'shared/ runs in the renderer and in Node alike: pass such values in.' })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': restrict(noNode, noElectron, noShell, { ...noNative, group: ['better-sqlite3'] }),
    },
  },
  {
    files: ['cli/**/*.ts', 'bin/**/*.mjs'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': restrict(noElectron, noStoreFromCli, noRenderer) },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.mjs', 'build/**/*.cjs', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': restrict(noRenderer) },
  },
  {
    files: ['build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // type-only imports of Electron's API shapes are fine in tests of the shell; values are not
      'no-restricted-imports': ['error', { patterns: [{ ...noElectron, allowTypeImports: true }] }],
    },
  },
);
