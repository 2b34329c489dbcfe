import { defineConfig } from '@playwright/test';
// @ts-expect-error -- plain ESM helper shared with scripts/ensure-browser.mjs, no types needed
import { findBrowser, NO_BROWSER_MESSAGE } from './scripts/browser-path.mjs';

const browser = (findBrowser as () => { path: string | undefined } | null)();
if (!browser) throw new Error(NO_BROWSER_MESSAGE as string);

const PORT = 4179;

export default defineConfig({
  testDir: 'tests/e2e',
  // Software WebGL on two cores: one worker keeps timings sane and the machine responsive.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 640, height: 360 },
    launchOptions: {
      executablePath: browser.path,
      args: [
        '--no-sandbox',
        '--enable-unsafe-swiftshader',
        '--use-angle=swiftshader',
        '--disable-background-networking',
        '--disable-quic',
        '--disable-component-update',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The production bundle, as players get it.
    command: `npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
