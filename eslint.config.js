import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noInnerHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'User text must never be interpreted as markup: render it as text.',
};

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
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', noInnerHtml],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
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
