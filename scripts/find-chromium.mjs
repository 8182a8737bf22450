/**
 * Finds a Chromium for the browser tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium (and
 * other usual system paths), then a browser installed by Playwright's own installer.
 * Returns undefined when there is none.
 */
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  try {
    const { chromium } = await import('playwright-core');
    const installed = chromium.executablePath();
    if (installed && existsSync(installed)) return installed;
  } catch {
    // playwright-core has no browser of its own installed
  }
  return undefined;
}

export const NO_BROWSER_MESSAGE = [
  'No Chromium found for the browser tests.',
  'Install one and run the tests again:',
  '  Debian or Ubuntu:  sudo apt-get install chromium',
  '  elsewhere:         npx playwright install chromium',
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
].join('\n');

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = await findChromium();
  if (!path) {
    console.error(NO_BROWSER_MESSAGE);
    process.exit(1);
  }
  console.log(path);
}
