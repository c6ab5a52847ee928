// Bundles the main process and the preload into CommonJS for Electron. Native modules stay external
// (they load from node_modules); the sandboxed preload may only require 'electron', so it is bundled.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', external: ['electron', 'better-sqlite3', 'keytar'] }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'], minify: true }),
]);
console.log('built dist-electron/main.cjs and dist-electron/preload.cjs');
