// Bundles the main process and the preload into CommonJS for Electron. Native modules stay external
// (they load from node_modules); the sandboxed preload may only require 'electron', so it is bundled.
// The import's row writer runs on a worker thread from a plain-JS file of its own, copied beside
// main.cjs; main finds it through import.meta.url, which CommonJS lacks, so the bundle defines it as
// main.cjs's own URL. electron-builder packs it with the rest of dist-electron/ into app.asar, where
// Electron (17 and later, electron/electron#33216) runs workers and their require()s: no asarUnpack.
import fs from 'node:fs';
import { build } from 'esbuild';

// tsconfig.node.json for its @shared/* path.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  tsconfig: 'tsconfig.node.json',
};
const ownUrl = {
  banner: { js: "const __enrichdeskMainUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__enrichdeskMainUrl' },
};

// On a clean checkout nothing has made the folder yet, and the copy below races esbuild's own mkdir.
fs.mkdirSync('dist-electron', { recursive: true });

await Promise.all([
  build({
    ...common,
    ...ownUrl,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist-electron/main.cjs',
    external: ['electron', 'better-sqlite3', 'keytar'],
  }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'], minify: true }),
  fs.promises.copyFile('electron/sheets/rowWriter.worker.cjs', 'dist-electron/rowWriter.worker.cjs'),
]);
console.log('built dist-electron/main.cjs, dist-electron/preload.cjs and dist-electron/rowWriter.worker.cjs');
