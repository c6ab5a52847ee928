import { describe, expect, it } from 'vitest';
import { parseKeyList } from '../../../electron/keys/importParser';

const K1 = '11111111-aaaa-4bbb-8ccc-000000000001';
const K2 = '22222222-aaaa-4bbb-8ccc-000000000002';
const K3 = '33333333-aaaa-4bbb-8ccc-000000000003';

describe('parseKeyList', () => {
  it('reads one key a line, skipping blanks and comments', () => {
    expect(parseKeyList(`\uFEFF${K1}\n\n# a comment\r\n  ${K2}  \n`)).toEqual([
      { line: 1, kind: 'key', key: K1, label: null, category: null },
      { line: 4, kind: 'key', key: K2, label: null, category: null },
    ]);
  });

  it('reads label,key,category lines and skips a header', () => {
    expect(parseKeyList(`label,key,category\nSales,${K1},phones\n"Ops team" , ${K2} , EMAILS\nNo category,${K3}`)).toEqual([
      { line: 1, kind: 'ignored', message: 'Header line.' },
      { line: 2, kind: 'key', key: K1, label: 'Sales', category: 'phones' },
      { line: 3, kind: 'key', key: K2, label: 'Ops team', category: 'emails' },
      { line: 4, kind: 'key', key: K3, label: 'No category', category: null },
    ]);
  });

  it('reads LUSHA_API_KEY* entries of a .env, quoted or not, and a comma list', () => {
    const text = [`LUSHA_API_KEY=${K1}`, `export LUSHA_API_KEY_BACKUP="${K2}" # spare`, `LUSHA_API_KEYS='${K1},${K3}'`, 'OTHER=1'].join(
      '\n',
    );
    expect(parseKeyList(text)).toEqual([
      { line: 1, kind: 'key', key: K1, label: 'LUSHA_API_KEY', category: null },
      { line: 2, kind: 'key', key: K2, label: 'LUSHA_API_KEY_BACKUP', category: null },
      { line: 3, kind: 'key', key: K1, label: 'LUSHA_API_KEYS #1', category: null },
      { line: 3, kind: 'key', key: K3, label: 'LUSHA_API_KEYS #2', category: null },
      { line: 4, kind: 'ignored', message: 'OTHER is not a LUSHA_API_KEY entry.' },
    ]);
  });

  it('reports malformed lines by number and mask, never with the key itself', () => {
    const text = [`Sales,${K1},cars`, 'too short', `a,b,c,${K2}`, 'LUSHA_API_KEY=not a key at all', 'LUSHA_API_KEY='].join('\n');
    const entries = parseKeyList(text);
    expect(entries.map((e) => [e.line, e.kind])).toEqual([
      [1, 'malformed'],
      [2, 'malformed'],
      [3, 'malformed'],
      [4, 'malformed'],
      [5, 'malformed'],
    ]);
    expect(entries[0]).toMatchObject({ mask: '…0001' });
    expect(entries[1]).toMatchObject({ mask: null });
    for (const e of entries) {
      expect(JSON.stringify(e)).not.toContain(K1);
      expect(JSON.stringify(e)).not.toContain(K2);
    }
  });
});
