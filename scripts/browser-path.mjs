// Finds a Chromium for the end-to-end tests: an explicit path from the environment,
// then Playwright's own downloaded browser, then the system's (Debian's chromium).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const BROWSER_ENV = 'INFINITY_CHROMIUM';
const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** @returns {{ path: string | undefined, source: string } | null} undefined path = Playwright's default */
export function findBrowser() {
  const fromEnv = process.env[BROWSER_ENV];
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: `$${BROWSER_ENV}` };
    throw new Error(`$${BROWSER_ENV} is set to ${fromEnv}, but no file exists there.`);
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, source: "Playwright's own Chromium" };
  } catch {
    // No Playwright browser is installed; fall through to the system one.
  }
  for (const candidate of SYSTEM_PATHS) {
    if (existsSync(candidate)) return { path: candidate, source: candidate };
  }
  return null;
}

export const NO_BROWSER_MESSAGE = [
  'No Chromium found for the end-to-end tests. Any one of these fixes it:',
  `  - set ${BROWSER_ENV}=/path/to/chromium`,
  '  - npx playwright install chromium   (where downloads are allowed)',
  '  - apt-get install -y chromium       (Debian/Ubuntu; npm test does this itself when run as root)',
].join('\n');
