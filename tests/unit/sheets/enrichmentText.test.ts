import { describe, expect, it } from 'vitest';
import { toEnrichmentCell, toExportCells } from '../../../electron/sheets/enrichmentText';

const phones = JSON.stringify({
  phones: [
    { number: '+14155550100', type: 'mobile', doNotCall: false },
    { number: '+14155550101', type: 'direct', doNotCall: true },
  ],
  emails: [],
});
const emails = JSON.stringify({
  phones: [],
  emails: [
    { email: 'ada@acme.com', type: 'work', confidence: 'A+' },
    { email: 'ada@home.net', type: 'personal', confidence: null },
  ],
});

describe('toEnrichmentCell', () => {
  it('shows each value with its notes', () => {
    expect(toEnrichmentCell('phones', { state: 'found', result: phones, error: null })).toEqual({
      state: 'found',
      values: ['+14155550100 (mobile)', '+14155550101 (direct, do not call)'],
      error: null,
    });
    expect(toEnrichmentCell('emails', { state: 'found', result: emails, error: null })?.values).toEqual([
      'ada@acme.com (work, A+)',
      'ada@home.net (personal)',
    ]);
  });

  it('is null without a record, and shows no values for a result it cannot read', () => {
    expect(toEnrichmentCell('phones', null)).toBeNull();
    expect(toEnrichmentCell('phones', { state: 'failed', result: '{not json', error: 'Timed out' })).toEqual({
      state: 'failed',
      values: [],
      error: 'Timed out',
    });
    expect(toEnrichmentCell('phones', { state: 'found', result: '{"phones":[{"nope":1}, 7]}', error: null })?.values).toEqual([]);
  });
});

describe('toExportCells', () => {
  it('writes bare values and keeps do-not-call in the status', () => {
    expect(toExportCells('phones', { state: 'found', result: phones, error: null })).toEqual([
      '+14155550100; +14155550101',
      'found; do not call: +14155550101',
    ]);
  });

  it('writes the state and the error for rows without values', () => {
    expect(toExportCells('emails', { state: 'not_found', result: null, error: null })).toEqual(['', 'not found']);
    expect(toExportCells('emails', { state: 'failed', result: null, error: 'Blocked by compliance' })).toEqual([
      '',
      'failed; Blocked by compliance',
    ]);
    expect(toExportCells('emails', null)).toEqual(['', '']);
  });
});
