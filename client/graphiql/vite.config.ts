import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// GraphiQL is a separate small app, built apart from the explorer so the explorer's initial
// JavaScript stays small; the server serves this build at /graphiql.
export default defineConfig({
  root: import.meta.dirname,
  base: '/graphiql/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      // react-compiler-runtime (inside GraphiQL) starts with a "use no memo" directive that
      // bundling drops harmlessly; the warning would only hide real ones.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
