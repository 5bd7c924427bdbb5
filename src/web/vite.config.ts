// Builds the dashboard into web-dist/ at the repo root, which `sumber serve` serves as static files.
// Everything (code, styles, the world atlas) is bundled: the dashboard loads nothing from elsewhere.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../web-dist/', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 400,
  },
});
