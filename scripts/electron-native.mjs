// Builds better-sqlite3 for Electron into .electron-native/, leaving node_modules' Node build alone,
// so `npm start` (Electron) and `npm test` (Node) never break each other. main.ts loads this copy
// through better-sqlite3's nativeBinding option. Skips the work when the stamp matches.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { rebuild } from '@electron/rebuild';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = require('better-sqlite3/package.json').version;

const out = path.resolve('.electron-native');
const target = path.join(out, 'node_modules', 'better-sqlite3');
const stampFile = path.join(out, 'stamp.json');
const stamp = JSON.stringify({ electronVersion, sqliteVersion, platform: process.platform, arch: process.arch });

if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is up to date`);
  process.exit(0);
}

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.cpSync(sqliteDir, target, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
fs.writeFileSync(
  path.join(out, 'package.json'),
  JSON.stringify({ name: 'enrichdesk-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }),
);

console.log(`building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion}…`);
await rebuild({ buildPath: out, electronVersion, onlyModules: ['better-sqlite3'], force: true });
fs.writeFileSync(stampFile, stamp);
console.log('done');
