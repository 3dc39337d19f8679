import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const shared = fileURLToPath(new URL('./shared', import.meta.url));
const alias = { '@shared': shared };

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './test/helpers/reporters/vitest-summary.ts'],
    projects: [
      {
        resolve: { alias },
        test: { name: 'shared', environment: 'node', include: ['test/shared/**/*.test.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'main',
          environment: 'node',
          include: ['test/main/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/renderer/setup.ts'],
        },
      },
    ],
  },
});
