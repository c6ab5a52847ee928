import { describe, expect, it } from 'vitest';
import { readEnvironmentKeys } from '../../../electron/keys/environmentKeys';
import { redact } from '../../../electron/app/logger';

const K1 = '11111111-aaaa-4bbb-8ccc-0000000000e1';
const K2 = '22222222-aaaa-4bbb-8ccc-0000000000e2';

describe('readEnvironmentKeys', () => {
  it('gives each key of LUSHA_API_KEYS a negative id and its own account', () => {
    const { keys, rejected } = readEnvironmentKeys({ LUSHA_API_KEYS: ` ${K1}, ${K2},,${K1}, nope ` });
    expect(rejected).toBe(1);
    expect(keys).toEqual([
      { id: -1, key: K1, label: 'LUSHA_API_KEYS #1', account: 'environment #1' },
      { id: -2, key: K2, label: 'LUSHA_API_KEYS #2', account: 'environment #2' },
    ]);
  });

  it('registers the keys so a log line cannot carry them', () => {
    readEnvironmentKeys({ LUSHA_API_KEYS: K1 });
    expect(redact(`using ${K1}`)).toBe('using …00e1');
  });

  it('is empty without the variable', () => {
    expect(readEnvironmentKeys({})).toEqual({ keys: [], rejected: 0 });
  });
});
