// Calls every keys channel through services.dispatch — valid requests, refused ones, and requests
// that smuggle a key into the wrong place — captures every response, event and log line, and checks
// that no key plaintext (nor the passphrase) ever comes back out.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { contract, type Envelope } from '@shared/contract';
import type { KeySummary } from '@shared/domain';
import { fakeKey, openTestProfile, type TestProfile } from '../vault/profile';
import { startUsageUpstream, type UsageUpstream } from './usageUpstream';

let upstream: UsageUpstream;
let p: TestProfile;
const envKeys = [fakeKey('leak-env-1'), fakeKey('leak-env-2')];
const K = Array.from({ length: 8 }, (_, i) => fakeKey(`leak-${i}`));
const PASSPHRASE = 'leak test passphrase 42';
const called = new Set<string>();
const answers: Envelope<unknown>[] = [];

beforeAll(async () => {
  upstream = await startUsageUpstream();
  upstream.script.set(K[1], 'invalid');
  upstream.script.set(K[2], 'inactive');
  p = await openTestProfile({ env: { LUSHA_BASE_URL: upstream.baseUrl, LUSHA_API_KEYS: envKeys.join(',') } });
});

afterAll(async () => {
  await p.cleanup();
  await upstream.close();
});

async function send(channel: string, request: unknown = {}): Promise<Envelope<unknown>> {
  called.add(channel);
  const answer = await p.services.dispatch(channel, request);
  answers.push(answer);
  return answer;
}

async function value<T>(channel: string, request: unknown = {}): Promise<T> {
  const answer = await send(channel, request);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code} ${answer.error.message}`);
  return answer.value as T;
}

it('never lets a key or the passphrase out through responses, errors, events or the log', async () => {
  const a = await value<KeySummary>('keys.add', { key: K[0], label: 'Zero', category: 'phones' });
  await send('keys.add', { key: K[0], label: 'Again', category: 'phones' });
  await send('keys.add', { key: K[3], category: 'sms' });
  await send('keys.add', { key: `${K[3]} ${K[4]}`, category: 'any' });
  await send('keys.add', { key: K[3], category: 'any', secret: K[4] });
  await value('keys.add', { key: K[1], label: 'Invalid upstream', category: 'any' });
  await value('keys.add', { key: K[2], label: 'Inactive upstream', category: 'any' });

  await value('keys.importText', {
    text: [K[3], `Sales,${K[4]},cars`, `${K[5]} ${K[6]}`, `LUSHA_API_KEY=${K[0]}`, `x,y,${K[5]},z`, `OTHER=${K[6]}`].join('\n'),
  });
  const file = path.join(p.dir, 'import.env');
  fs.writeFileSync(file, `LUSHA_API_KEY_1=${K[7]}\nLUSHA_API_KEY_2=${K[7]}\nLUSHA_API_KEY_3=short\n`);
  await value('keys.importFile', { path: file, category: 'emails' });
  p.dialogs.nextKeysFile = file;
  await value('keys.importFile', {});
  await send('keys.importFile', { path: path.join(p.dir, 'missing.txt') });
  await value('keys.importEnvironment');

  await value('keys.list');
  await value('keys.stats');
  await value('keys.update', { keyId: a.id, label: 'Renamed', account: 'acme' });
  await send('keys.update', { keyId: a.id, key: K[5] });
  await send('keys.update', { keyId: -1, label: 'env' });
  await value('keys.setDisabled', { keyId: a.id, disabled: true });
  await value('keys.setDisabled', { keyId: a.id, disabled: false });
  await value('keys.reset', { keyId: a.id });
  await value('keys.history', { keyId: a.id });
  for (const k of await value<KeySummary[]>('keys.list')) await send('keys.test', { keyId: k.id });
  await send('keys.reenter', { keyId: a.id, key: K[1] });
  await value('keys.reenter', { keyId: a.id, key: K[0] });
  await send('keys.remove', { keyId: 999 });

  await value('keys.vaultStatus');
  await value('keys.setupPassphrase', { passphrase: PASSPHRASE });
  p.restart({ env: { LUSHA_BASE_URL: upstream.baseUrl, LUSHA_API_KEYS: envKeys.join(',') } });
  await send('keys.add', { key: fakeKey('while-locked'), category: 'any' });
  await send('keys.unlock', { passphrase: `${PASSPHRASE}!` });
  await value('keys.unlock', { passphrase: PASSPHRASE });
  await send('keys.resetVault', { confirm: false });
  await value('keys.resetVault', { confirm: true, passphrase: PASSPHRASE });
  await value('keys.reenter', { keyId: a.id, key: K[0] });
  await value('keys.remove', { keyId: a.id });
  await value('keys.list');

  // Every keys channel was exercised.
  expect([...called].sort()).toEqual(
    Object.keys(contract.keys)
      .map((m) => `keys.${m}`)
      .sort(),
  );
  // The traffic really happened: events were emitted, the log was written, Lusha saw the keys.
  expect(p.events.length).toBeGreaterThan(10);
  expect(upstream.seenKeys).toEqual(expect.arrayContaining([K[1], K[2], envKeys[0]]));
  const log = fs.readFileSync(path.join(p.dir, 'logs', 'main.log'), 'utf8');
  expect(log.length).toBeGreaterThan(0);

  const outward = [JSON.stringify(answers), JSON.stringify(p.events), log].join('\n');
  for (const secret of [...K, ...envKeys, PASSPHRASE]) expect(outward.includes(secret), `leaked …${secret.slice(-4)}`).toBe(false);
  expect(answers.some((a) => !a.ok)).toBe(true);
});
