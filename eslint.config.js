import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';

const noInnerHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'User text must never be interpreted as markup: render it as text.',
};

/**
 * The layers, lowest first: domain ← db ← api ← features ← app, with components and lib beside
 * them (shared UI and browser helpers, below features). Each zone says what a layer must not
 * import; the server (src/server) stands apart from the browser code in both directions.
 */
const layer = (path) => `./src/${path}`;
const BROWSER = ['domain', 'db', 'api', 'lib', 'components', 'features', 'app'];
const zone = (target, from, message) => ({ target: layer(target), from: from.map(layer), message });
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const LAYER_ZONES = [
  zone(
    'domain',
    ['db', 'api', 'lib', 'components', 'features', 'app', 'server'],
    'Domain rules are plain TypeScript below every other layer.',
  ),
  zone(
    'db',
    ['api', 'lib', 'components', 'features', 'app', 'server'],
    'The database layer sits on the domain only.',
  ),
  zone(
    'api',
    ['components', 'features', 'app', 'server'],
    'api/ serves the screens; it must not depend on them.',
  ),
  zone(
    'lib',
    ['db', 'api', 'components', 'features', 'app', 'server'],
    'lib/ holds browser helpers over the domain only.',
  ),
  zone(
    'components',
    ['db', 'features', 'app', 'server'],
    'Shared UI must not depend on features, the app shell or the database.',
  ),
  zone(
    'features',
    ['db', 'app', 'server'],
    'Features reach the database through api/ and sit below app/.',
  ),
  ...FEATURES.map((feature) => ({
    target: layer(`features/${feature}`),
    from: layer('features'),
    except: [`./${feature}`],
    message: 'Features must not import each other: move shared code to components/ or lib/.',
  })),
  zone(
    'server',
    ['db', 'api', 'lib', 'components', 'features', 'app'],
    'The server shares only the domain with the browser code.',
  ),
  ...BROWSER.filter((l) => l !== 'domain').map((l) =>
    zone(l, ['server'], 'Browser code must not import the server.'),
  ),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      'node_modules',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // TypeScript files must be followed, or no-cycle and the zones see nothing past one hop.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', noInnerHtml],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The server (the shared mode) runs on Node: no React, no browser database, no UI kit.
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'dexie', 'dexie-*', '@mantine/*', 'recharts'],
              message: 'The server must not depend on React, Dexie or the UI kit.',
            },
          ],
        },
      ],
    },
  },
  {
    // Domain rules are plain TypeScript: no React, no database, no UI kit.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*'],
              message: 'Domain code must not depend on React.',
            },
            {
              group: ['dexie', 'dexie-*'],
              message: 'Domain code must not depend on the database.',
            },
            {
              group: ['@mantine/*', '@tanstack/*', 'zustand', 'recharts'],
              message: 'Domain code is plain TypeScript.',
            },
            {
              group: ['**/db/**', '**/features/**', '**/components/**', '**/app/**'],
              message: 'Domain code sits below every other layer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Features never reach into each other, and only read or write the database through
    // the query and command modules.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.)[^/]+/',
              message:
                'Features must not import each other: move shared code to components/ or lib/.',
            },
            {
              group: ['**/db/**', 'dexie'],
              message:
                'Reach the database through api/: queries for reads, mutation hooks for writes.',
            },
            { group: ['**/app/**'], message: 'Features sit below app/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'Shared code must not depend on features or the app shell.',
            },
          ],
        },
      ],
    },
  },
);
