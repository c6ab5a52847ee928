import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is loaded from file:// in the packaged app, hence relative asset URLs.
export default defineConfig({
  root: 'src',
  base: './',
  plugins: [react()],
  // @shared/* as tsconfig.base.json declares it.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // Loaded from disk, not a network: one ~1.5 MB chunk (AG Grid's community modules) costs nothing.
    chunkSizeWarningLimit: 2048,
  },
});
