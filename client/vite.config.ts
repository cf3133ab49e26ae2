import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { reportInitialJsSize } from './bundleSize.js';

const clientDir = fileURLToPath(new URL('.', import.meta.url));

// The server serves client/dist at /; in development Vite serves the page and forwards
// /graphql to the API on port 4000.
export default defineConfig({
  root: clientDir,
  base: '/',
  plugins: [react(), reportInitialJsSize()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Cytoscape is one big module; the page cannot draw without it, so splitting would not help.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
    },
  },
});
