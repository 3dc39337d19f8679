import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = { '@shared': `${root}shared` };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: `${root}electron/main/index.ts` } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require sibling chunks: each entry is bundled on its own.
      isolatedEntries: true,
      externalizeDeps: false,
      rollupOptions: {
        input: { index: `${root}electron/preload/index.ts`, print: `${root}electron/preload/print.ts` },
      },
    },
  },
  renderer: {
    root: `${root}renderer`,
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: `${root}out/renderer`,
      rollupOptions: { input: { index: `${root}renderer/index.html` } },
      // The CSP allows no inline anything: keep every asset a file.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
    },
  },
});
