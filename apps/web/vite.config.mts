import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The app is served by the API in production (apps/api/src/web); in development Vite serves it with
// hot reload and forwards /api to the API started by `npm run dev` (API_URL to point elsewhere).
export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  server: {
    port: 4200,
    host: '127.0.0.1',
    proxy: { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: { port: 4300, host: '127.0.0.1' },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    // Hashed names under assets/: the API serves them as immutable (apps/api/src/web).
    assetsDir: 'assets',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries apart from the app's own code: a new release of the app keeps them cached.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    env: { TZ: 'UTC' },
    restoreMocks: true,
  },
});
