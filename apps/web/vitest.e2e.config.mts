import { defineConfig } from 'vitest/config';

// Journeys in Chromium against the built app served by the real API on a throw-away embedded
// PostgreSQL with the demo data (npm run test:e2e builds both first). One file per role, one at a
// time: they share the server, and the machine.
export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web-e2e',
  test: {
    name: 'web:e2e',
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
