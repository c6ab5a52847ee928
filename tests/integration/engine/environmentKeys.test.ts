// LUSHA_API_KEYS keys are usable for the session (issue 3 item 3): the engine pools them like stored
// keys, benches them by the same rules, and never writes them or their history to disk.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/app/services';
import { createLushaClient } from '../../../electron/lusha/client';
import { startSimulator, type Simulator } from '../../../electron/lusha/simulator/server';
import type { ContactRequest } from '../../../electron/lusha/types';

const GOOD = 'envgoodkey0000000000000001';
const DEAD = 'envdeadkey0000000000000002';
const noDialogs = { openCsv: async () => null, saveCsv: async () => null, openKeysFile: async () => null };

describe('environment keys in the rotation engine', () => {
  let sim: Simulator;
  let dir: string;
  let services: Services;

  beforeEach(async () => {
    sim = await startSimulator({
      seed: 7,
      accounts: [
        { id: 'acme', credits: 100 },
        { id: 'other', credits: 100 },
      ],
      keys: [
        { key: DEAD, account: 'other', state: 'invalid' },
        { key: GOOD, account: 'acme' },
      ],
    });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enrichdesk-envkeys-'));
    services = createServices({
      profileDir: dir,
      dialogs: noDialogs,
      emit: () => {},
      version: 'test',
      keychain: null,
      env: { LUSHA_API_KEYS: `${DEAD},${GOOD}`, LUSHA_BASE_URL: sim.url },
    });
  });

  afterEach(async () => {
    services.close();
    await sim.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves a request with an environment key, retires a dead one in memory only', async () => {
    const lusha = createLushaClient();
    const people = [0, 1, 2, 3, 4, 5, 6, 7]
      .map((i) => sim.directory.person(i))
      .filter((p) => p.phones.length > 0 && !p.gdprBlocked)
      .slice(0, 2);
    // Two requests: whichever key the first picks, the second goes to the other (least recently used).
    for (const [i, person] of people.entries()) {
      const contact: ContactRequest = { ref: String(i), query: { linkedinUrl: person.linkedinUrl } };
      const answer = await services.engine.execute('phones', (target) => lusha.enrich(target, [contact], { phones: true, emails: false }));
      expect(answer.ok).toBe(true);
    }
    expect(sim.stats().foundByKey[GOOD]).toBe(2);
    expect(sim.stats().calls[DEAD]).toBeDefined();

    const listed = await services.dispatch('keys.list', {});
    expect(listed).toMatchObject({ ok: true });
    const statuses = (listed as { ok: true; value: { source: string; status: string; mask: string }[] }).value.map((k) => [
      k.mask,
      k.source,
      k.status,
    ]);
    expect(statuses).toEqual(
      expect.arrayContaining([
        [`…${DEAD.slice(-4)}`, 'environment', 'invalid'],
        [`…${GOOD.slice(-4)}`, 'environment', 'healthy'],
      ]),
    );

    const onDisk = services.db.prepare('SELECT (SELECT count(*) FROM keys) AS k, (SELECT count(*) FROM key_events) AS e').get();
    expect(onDisk).toEqual({ k: 0, e: 0 });
  });
});
