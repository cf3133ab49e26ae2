import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// GraphiQL is a separate small app, built apart from the explorer so the explorer's initial
// JavaScript stays small; the server serves this build at /graphiql.
export default defineConfig({
  root: import.meta.dirname,
  base: '/graphiql/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 3000 },
  logLevel: 'warn',
});
