import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium';

/** Browser tests drive Debian's Chromium (never a downloaded browser): see scripts/ensure-chromium.mjs. */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  projects: [
    // The production build, as deployed: every flow of the playground.
    { name: 'build', testIgnore: /dev\.spec\.ts$/, use: { baseURL: 'http://127.0.0.1:4173' } },
    // The dev server (`npm run dev`), whose module loading differs (workers, pre-bundling, React
    // StrictMode): a smoke test, since a bug there once left the playground stuck on "Compiling…".
    { name: 'dev', testMatch: /dev\.spec\.ts$/, use: { baseURL: 'http://127.0.0.1:5174' } },
  ],
  use: {
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: [
    {
      command: 'npx vite build --logLevel warn && npx vite preview --host 127.0.0.1',
      url: 'http://127.0.0.1:4173',
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
    {
      command: 'npx vite --host 127.0.0.1 --port 5174 --strictPort --logLevel warn',
      url: 'http://127.0.0.1:5174',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
