import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/**
 * The renderer: built once into dist/renderer with relative asset URLs (base './'), so the same
 * files load from Electron's app:// protocol and from the loopback host. No inline scripts are
 * emitted (the module preload polyfill is off), so the strict CSP holds.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      treeshake: {
        // yaml does not declare itself free of side effects, so its whole parser (~95 KB
        // minified) stayed in the main chunk for shared/profiles' parseProfileText, which the
        // renderer never calls. Its modules only define classes and functions; where YAML is
        // parsed (markdown front matter, in the importers' lazy chunk) it is still bundled.
        moduleSideEffects: [{ test: /[\\/]node_modules[\\/]yaml[\\/]/, sideEffects: false }],
      },
    },
  },
});
