// Loads a JSON fixture of a real-shaped Lusha answer from tests/fixtures/lusha.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(__dirname, '../../fixtures/lusha');

export const fixture = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8'));
