/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { OPENING_MODULES, CODE_AHEAD_ELEMENT, PAGES, type CodeAhead } from './src/app/pages.ts';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './src/domain/securityPolicy.ts';
import { inProcessWorkerCopies } from './tests/workerCopies.ts';

/** Writes the Content Security Policy into the built index.html, for static hosting. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * The stylesheet asked for before the scripts: the first paint ("Opening the SafetyNet
 * workspace…") waits for it, not for them, and on a slow connection it would queue behind them.
 */
function stylesheetFirst(): Plugin {
  return {
    name: 'stylesheet-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const stylesheet = /\s*<link rel="stylesheet"[^>]*>/.exec(html)?.[0];
        const firstScript = html.indexOf('<script type="module"');
        if (!stylesheet || firstScript < 0 || html.indexOf(stylesheet) < firstScript) return html;
        const without = html.replace(stylesheet, '');
        return `${without.slice(0, firstScript)}${stylesheet.trim()}\n    ${without.slice(firstScript)}`;
      },
    },
  };
}

/** The files a module under `src/` may be (`name.tsx`, `name.ts`, `name/index.ts`), as absolute ids. */
const moduleFiles = (module: string, root = process.cwd()) =>
  ['.tsx', '.ts', '/index.ts'].map((end) => resolve(root, 'src', module + end));

/**
 * The app's code asked for as the page loads, at low priority so the stylesheet comes first:
 * `main.tsx` runs it only after the first paint, and the browser fetches it meanwhile rather than
 * after. And a list, for `main.tsx` to ask for at once (`src/app/codeAhead.ts`), of the files each
 * page loaded on demand needs beyond the app's, and of those opening the workspace loads
 * (`src/app/pages.ts`): otherwise fetched only after the app has run.
 */
function codeAhead(): Plugin {
  let root = process.cwd();
  return {
    name: 'code-ahead',
    apply: 'build',
    configResolved: (config) => {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle, chunk: entry }) => {
        if (!bundle || !entry) return html;
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        const withImports = (file: string, into = new Set<string>()) => {
          const chunk = bundle[file];
          if (into.has(file) || chunk?.type !== 'chunk') return into;
          into.add(file);
          chunk.imports.forEach((imported) => withImports(imported, into));
          return into;
        };
        // What the entry starts after the first paint: the app (main.tsx imports nothing else).
        const app = new Set<string>();
        entry.dynamicImports.forEach((file) => withImports(file, app));
        const loaded = withImports(entry.fileName, new Set(app));
        const numbers = new Map<string, number>();
        const numbered = (file: string) => {
          const number = numbers.get(file) ?? numbers.size;
          numbers.set(file, number);
          return number;
        };
        // A module's files beyond the app's, numbered.
        const filesOf = (module: string) => {
          const ids = moduleFiles(module, root);
          const chunk = chunks.find(({ moduleIds }) => ids.some((id) => moduleIds.includes(id)));
          if (!chunk) throw new Error(`${module} is in no file of the build.`);
          return [...withImports(chunk.fileName)].filter((file) => !loaded.has(file)).map(numbered);
        };
        const opening = [...new Set(OPENING_MODULES.flatMap(filesOf))];
        const pages = Object.fromEntries(
          PAGES.map(({ path, module }) => [path, filesOf(`features/${module}`)]),
        );
        const listed: CodeAhead = { files: [...numbers.keys()], opening, pages };
        return [
          ...[...app]
            .filter((file) => !html.includes(`/${file}"`))
            .map((file) => ({
              tag: 'link',
              attrs: {
                rel: 'modulepreload',
                crossorigin: true,
                fetchpriority: 'low',
                href: `/${file}`,
              },
              injectTo: 'head' as const,
            })),
          {
            tag: 'script',
            attrs: { type: 'application/json', id: CODE_AHEAD_ELEMENT },
            children: JSON.stringify(listed).replaceAll('<', '\\u003c'),
            injectTo: 'head' as const,
          },
        ];
      },
    },
  };
}

/** The demo build serves MSW's service worker script (from the installed msw, so it matches). */
function mockServiceWorker(): Plugin {
  return {
    name: 'mock-service-worker',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'mockServiceWorker.js',
        source: readFileSync('node_modules/msw/lib/mockServiceWorker.js', 'utf8'),
      });
    },
  };
}

/** The offline worker (installable app, precached files, "reload to update"). */
function offlineWorker(disable: boolean) {
  return VitePWA({
    disable,
    // A new version waits for the user to choose "reload", never swapped in underfoot.
    registerType: 'prompt',
    injectRegister: false,
    devOptions: { enabled: false },
    includeAssets: ['favicon.svg'],
    manifest: {
      name: 'SafetyNet planner',
      short_name: 'SafetyNet',
      description:
        'Plan, track and audit the delivery of the SafetyNet Community Safety Partnership strategy.',
      lang: 'en-GB',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#283593',
      icons: [
        { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: '/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      navigateFallback: '/index.html',
      // The shared plan's server answers these itself: its API and its sign-in pages (/oidc),
      // which the app's page must never stand in for.
      navigateFallbackDenylist: [/^\/api\//, /^\/oidc(\/|$)/],
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    },
  });
}

/*
 * The pages' shared code in a few files rather than many: on a phone's connection each file is a
 * round trip, and the preview server (HTTP/1.1) asks for six at a time. Each group takes the
 * modules it names with their imports, unless an earlier group (the first screen's) has them.
 * - `OPENING`: what opening the workspace loads at every start (`OPENING_MODULES`: the seed and
 *   the command that writes it, with the commands' core that the pages' commands share). Nine
 *   files were one.
 * - `COMMANDS`: what most pages that change the plan load together, each file alone under 2.5 KB:
 *   the mutations, TanStack Query's `useMutation`, the busy button and the errors' wording.
 * - `INPUTS`: Mantine's text, select and checkbox inputs, with their shared parts.
 * The action plans page asks for 10 files, not 19, beyond the first screen's.
 */
const OPENING = new Set(OPENING_MODULES.flatMap((module) => moduleFiles(module)));
const COMMANDS =
  /\/src\/api\/(?:errors|mutations)\.ts$|\/src\/components\/BusyButton\.tsx$|\/@tanstack\/react-query\/build\/modern\/useMutation\.js$/;
const INPUTS =
  /\/@mantine\/core\/esm\/components\/(?:Input|InputBase|TextInput|NativeSelect|Checkbox|InlineInput)\//;

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    stylesheetFirst(),
    codeAhead(),
    // The demo's MSW worker and the app's offline worker would fight over the page: the demo
    // build has MSW's only.
    offlineWorker(mode === 'demo'),
    ...(mode === 'demo' ? [mockServiceWorker()] : []),
    // The integration tests' in-process workers import modules of their own.
    inProcessWorkerCopies(),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true, headers: SECURITY_HEADERS },
  // The export worker loads each document writer on demand: ES module workers can split code.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The largest chunk is exceljs (929 kB), loaded only when an Excel file is made or read.
    chunkSizeWarningLimit: 1000,
    manifest: true,
    rolldownOptions: {
      output: {
        // The first screen's code in four files: what runs before the first paint (main.tsx,
        // the styles and Vite's loader), the libraries the app starts with in two
        // (app/libraries.ts, app/dataLibraries.ts), and the app with every other module it
        // imports (a group takes its modules' imports with it). main.tsx runs the last three each
        // in a task of its own. Left to itself the bundler split the app into 33 files, most
        // under 2 KB, and on a phone's connection each costs a round trip.
        codeSplitting: {
          groups: [
            { name: 'first-screen', tags: ['$initial'] },
            { name: 'libraries', test: /\/src\/app\/libraries\.ts$/, priority: 1 },
            { name: 'data-libraries', test: /\/src\/app\/dataLibraries\.ts$/, priority: 1 },
            { name: 'app', test: /\/src\/app\/start\.tsx$/ },
            { name: 'opening', test: (id: string) => OPENING.has(id) },
            { name: 'commands', test: COMMANDS },
            { name: 'inputs', test: INPUTS },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/integration/**/*.test.{ts,tsx}',
      'tests/server/**/*.test.ts',
      'tests/bench/**/*.test.ts',
    ],
    globalSetup: ['./tests/server/postgresCluster.ts'],
    css: false,
    // A timeout is there to end a test that hangs. Typing into the action form under jsdom takes
    // 10-16 s a test on this 2-core machine with the suite's other files running beside it (one
    // ran past 20 s on a fresh clone, failing CI by chance).
    testTimeout: 60_000,
  },
}));
