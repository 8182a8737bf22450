import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, NO_BROWSER_MESSAGE } from './scripts/find-chromium.mjs';

const executablePath = await findChromium();
if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);

const PORT = 4173;
/** The offline demo build (`npm run demo`), for the crime-figures journey. */
export const DEMO_PORT = 4174;
/** The shared-plan server (`npm run server`) on PGlite in a fresh data folder, serving the build. */
export const SHARED_PORT = 4175;
/** What that server prints (its one-time set-up code among it), for the tests to read. */
export const SHARED_LOG = join(tmpdir(), `safetynet-e2e-shared-${SHARED_PORT}.log`);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    // Animations off, so accessibility scans never catch an element half faded in.
    reducedMotion: 'reduce',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      // Serves the production build; `npm test` builds it first, `npm run e2e` does too.
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The offline demo: data.police.uk answered by the MSW stand-in (mocks/police).
      command: `npx vite build --mode demo --outDir dist-demo && npx vite preview --mode demo --outDir dist-demo --port ${DEMO_PORT} --strictPort`,
      url: `http://localhost:${DEMO_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `rm -rf test-results/shared-plan-data && PORT=${SHARED_PORT} DATA_DIR=test-results/shared-plan-data npx tsx src/server/main.ts > ${SHARED_LOG} 2>&1`,
      url: `http://127.0.0.1:${SHARED_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
