import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';

// Several people (or agents) may run the suite at once: PW_PORT picks another pair of ports
// and build folders so that runs never share a server or a dist/.
const PORT = Number(process.env.PW_PORT ?? 4173);
const FIXTURE_PORT = PORT + 1;
const DEV_PORT = PORT + 2; // `npm run dev`, compared against the build by dev-server.spec.ts
const OUT = PORT === 4173 ? 'dist' : `dist-${PORT}`;

export default defineConfig({
  testDir: 'tests',
  // Two workers on two cores: the map renders in software (SwiftShader), but much of a test's
  // time is waiting (camera flights, scroll settling), which the other worker fills. Every test
  // opens its own page, so tests of one file may run side by side.
  workers: Number(process.env.PW_WORKERS ?? 2),
  fullyParallel: true,
  retries: process.env.CI ? 1 : 0,
  // Generous limits, because an outcome must not depend on the machine's load (the suite also
  // passes with both cores kept busy by another process); they only bound a hung test.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
    // Recording a trace costs about a fifth of a test's CPU here (measured on cast-calls.spec),
    // so it is recorded on the retry that CI gives a failed test, where it is needed.
    trace: 'on-first-retry',
  },
  projects: [
    { name: 'story', testIgnore: /fixture-story\.spec\.ts/, use: { baseURL: `http://localhost:${PORT}` } },
    { name: 'fixture', testMatch: /fixture-story\.spec\.ts/, use: { baseURL: `http://localhost:${FIXTURE_PORT}` } },
  ],
  webServer: [
    {
      command: `npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort --outDir ${OUT}`,
      env: { OUT_DIR: OUT },
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `npx vite --port ${DEV_PORT} --strictPort --logLevel warn`,
      url: `http://127.0.0.1:${DEV_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite build --logLevel warn && npx vite preview --port ${FIXTURE_PORT} --strictPort --outDir ${OUT}-fixture`,
      env: { STORY_DIR: 'tests/fixtures/tiny-story', OUT_DIR: `${OUT}-fixture` },
      url: `http://localhost:${FIXTURE_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
