#!/usr/bin/env node
// Builds everything `npm start` and electron-builder need:
//   dist/electron/main.cjs     Electron main (esbuild, CommonJS, every dependency bundled)
//   dist/electron/preload.cjs  sandboxed preload (CommonJS; only `electron` may be required)
//   dist/renderer/             the React + Lexical renderer (vite build)
// Usage: node scripts/build.mjs [--only electron|renderer] [--dev] [--electron-out <dir>]
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build as esbuild } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    dev: { type: 'boolean', default: false },
    // Where dist/electron goes; tests build into a temp folder so they never race a real build.
    'electron-out': { type: 'string' },
  },
});
const want = (part) => !values.only || values.only === part;
const outElectron = values['electron-out'] ?? join(root, 'dist', 'electron');
const outRenderer = join(root, 'dist', 'renderer');

// Electron 38 ships Node 22 and Chromium 140.
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  external: ['electron'],
  sourcemap: values.dev ? 'inline' : 'linked',
  minify: !values.dev,
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
  define: { 'process.env.NODE_ENV': JSON.stringify(values.dev ? 'development' : 'production') },
};

/** The preload runs sandboxed: a stray node:* import or zod would break it or bloat it. */
function checkPreload(metafile) {
  const inputs = Object.keys(metafile.inputs);
  const bad = inputs.filter((p) => /node_modules\/zod\//.test(p) || p.startsWith('node:'));
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  const imports = (output?.imports ?? []).filter((i) => i.external && i.path !== 'electron');
  if (bad.length || imports.length) {
    throw new Error(
      `preload must only require electron; found ${[...bad, ...imports.map((i) => i.path)].join(', ')}`,
    );
  }
}

async function buildElectron() {
  rmSync(outElectron, { recursive: true, force: true });
  mkdirSync(outElectron, { recursive: true });
  await esbuild({
    ...common,
    entryPoints: [join(root, 'electron', 'main.ts')],
    outfile: join(outElectron, 'main.cjs'),
  });
  const preload = await esbuild({
    ...common,
    // Sandboxed preloads get a browser-like environment with a small `require`.
    platform: 'browser',
    target: 'chrome140',
    entryPoints: [join(root, 'electron', 'preload.ts')],
    outfile: join(outElectron, 'preload.cjs'),
  });
  checkPreload(preload.metafile);
  console.log(`built main.cjs and preload.cjs in ${outElectron}`);
}

async function buildRenderer() {
  const { build: viteBuild } = await import('vite');
  const configFile = join(root, 'vite.config.ts');
  if (existsSync(configFile)) {
    await viteBuild({ configFile, mode: values.dev ? 'development' : 'production' });
  } else {
    // The renderer's own config is not there yet: build with the minimum that works.
    console.warn('vite.config.ts not found; building renderer/ with defaults');
    const react = (await import('@vitejs/plugin-react')).default;
    await viteBuild({
      configFile: false,
      root: join(root, 'renderer'),
      base: './',
      plugins: [react()],
      build: { outDir: outRenderer, emptyOutDir: true },
    });
  }
  if (!existsSync(join(outRenderer, 'index.html'))) {
    throw new Error('the renderer build did not produce dist/renderer/index.html');
  }
  console.log('built dist/renderer');
}

try {
  if (want('electron')) await buildElectron();
  if (want('renderer')) await buildRenderer();
} catch (e) {
  console.error(`build failed: ${e.message ?? e}`);
  process.exit(1);
}
