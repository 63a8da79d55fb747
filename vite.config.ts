// Renderer build: the same bundle serves Electron (file://, hence base './') and the loopback dev host.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    minify: process.env.YAODIAN_NO_MINIFY ? false : undefined,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
});
