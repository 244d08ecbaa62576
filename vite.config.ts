import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/**
 * renderer/main.tsx loads the app with a dynamic import so that its start-up requests go out
 * first. This adds `<link rel="modulepreload">` for that import and the chunks it needs, so the
 * browser fetches and compiles them alongside the entry rather than after it has run.
 */
function preloadStartChunk(): Plugin {
  return {
    name: 'newsroom:preload-start-chunk',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk;
        if (!bundle || !entry) return html;
        const files = new Set<string>();
        const visit = (file: string): void => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk' || files.has(file) || file === entry.fileName)
            return;
          files.add(file);
          chunk.imports.forEach(visit);
        };
        for (const file of entry.dynamicImports) {
          const chunk = bundle[file];
          if (chunk?.type === 'chunk' && chunk.facadeModuleId?.endsWith('/renderer/start.tsx')) {
            visit(file);
          }
        }
        if (files.size === 0) throw new Error('renderer/start.tsx is no longer a dynamic import');
        const already = new Set(
          [...html.matchAll(/rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]),
        );
        return [...files]
          .filter((f) => !already.has(f))
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * The renderer: built once into dist/renderer with relative asset URLs (base './'), so the same
 * files load from Electron's app:// protocol and from the loopback host. No inline scripts are
 * emitted (the module preload polyfill is off), so the strict CSP holds.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), preloadStartChunk()],
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
