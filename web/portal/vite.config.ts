import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/portal', import.meta.url));

// The public disclosure site: served by the Fastify server at /, its assets under /portal-assets/.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: 'portal-assets',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // React changes rarely: its own chunk stays cached across releases; pages load lazily (main.tsx).
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ }],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
