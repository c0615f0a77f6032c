import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/browser';

const PORT = 4173;
const FIXTURE_PORT = 4174;

export default defineConfig({
  testDir: 'tests',
  workers: 1, // two cores: the map renders in software (SwiftShader)
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/playwright.json' }]] : [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'story', testIgnore: /fixture-story\.spec\.ts/, use: { baseURL: `http://localhost:${PORT}` } },
    { name: 'fixture', testMatch: /fixture-story\.spec\.ts/, use: { baseURL: `http://localhost:${FIXTURE_PORT}` } },
  ],
  webServer: [
    {
      command: `npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: `npx vite build --logLevel warn && npx vite preview --port ${FIXTURE_PORT} --strictPort --outDir dist-fixture`,
      env: { STORY_DIR: 'tests/fixtures/tiny-story', OUT_DIR: 'dist-fixture' },
      url: `http://localhost:${FIXTURE_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
